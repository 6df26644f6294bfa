/**
 * The product's own files: output written atomically (temp file, then rename) with failures that name the file and
 * say what happened and what is kept ({@link io.falbench.files.AtomicFiles}, {@link io.falbench.files.WriteFailure});
 * text input read strictly as UTF-8, naming the file and what it should be when it is not
 * ({@link io.falbench.files.TextFiles}). Uses nothing else in falbench.
 */
package io.falbench.files;
