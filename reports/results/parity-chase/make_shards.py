"""Writes shards.json, the partition both sides of falbench's CHASe parity run use (docs/parity.md, "CHASe against its
authors' code"): MNIST's 60,000 training images sorted by label (stable), cut into 20 shards of 3,000, the shards
shuffled by NumPy's RandomState(0), client k holding shards 2k and 2k + 1 (McMahan et al.'s pathological non-IID
split; CHASe's own mnist_noniid draws two classes per client but may hand one shard to two clients, which a falbench
partition cannot hold). falbench's code, not the reference's.
Usage: python3 make_shards.py MNIST_DIR > shards.json
"""
import json
import os
import struct
import sys

import numpy as np

with open(os.path.join(sys.argv[1], 'train-labels-idx1-ubyte'), 'rb') as f:
    data = f.read()
labels = np.frombuffer(data, np.uint8, offset=8)
assert struct.unpack('>II', data[:8]) == (2049, 60000)
order = np.argsort(labels, kind='stable')
shards = order.reshape(20, 3000)
perm = np.random.RandomState(0).permutation(20)
clients = [sorted(int(i) for i in np.concatenate([shards[perm[2 * k]], shards[perm[2 * k + 1]]])) for k in range(10)]
json.dump(clients, sys.stdout)
