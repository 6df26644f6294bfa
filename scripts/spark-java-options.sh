# Sourced by scripts/falbench and scripts/spark-cluster: the JVM options Spark's own launcher adds on Java 17
# (JavaModuleOptions), for a JVM that starts a Spark driver, master or worker itself. The Maven build keeps the same
# list as the property spark.java.options (the spark module's tests).
SPARK_OPENS="-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  SPARK_OPENS="$SPARK_OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
