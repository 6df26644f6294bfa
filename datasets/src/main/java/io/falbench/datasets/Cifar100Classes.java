package io.falbench.datasets;

import java.util.List;

/**
 * CIFAR-100's 100 fine class names, in label order: the lines of {@code fine_label_names.txt} in the publisher's
 * binary archive (the {@code fine_label_names} of the Python version's {@code meta}). Taken from published code, as
 * no copy of the archive was reachable here: gomlx/gomlx {@code examples/cifar/cifar.go} ({@code C100FineLabels}) and
 * Hugging Face's {@code cifar100.py} loading script ({@code _FINE_LABEL_NAMES}) list them in this order (an early
 * version of the latter spells crab "cra").
 */
final class Cifar100Classes {

    static final List<String> FINE = List.of(
            "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
            "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle", "caterpillar", "cattle",
            "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab", "crocodile", "cup", "dinosaur",
            "dolphin", "elephant", "flatfish", "forest", "fox", "girl", "hamster", "house", "kangaroo", "keyboard",
            "lamp", "lawn_mower", "leopard", "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle", "mountain",
            "mouse", "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear", "pickup_truck",
            "pine_tree", "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon", "ray", "road", "rocket",
            "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail", "snake", "spider",
            "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone", "television", "tiger",
            "tractor", "train", "trout", "tulip", "turtle", "wardrobe", "whale", "willow_tree", "wolf", "woman",
            "worm");

    private Cifar100Classes() {
    }
}
