"""Runs the official CHASe code (junzhang-zj/CHASe, main.py, unchanged) on MNIST on the CPU, for falbench's parity run
(docs/parity.md, "CHASe against its authors' code"). Outside the falbench repository; no line of the reference is
changed. Stand-ins, installed before main.py runs (falbench's code, not the reference's):
  - utils.get_dataset: MNIST (falbench's SHA-256-verified copy), pixels / 255 (falbench's MNIST normalisation: none),
    28 x 28 (the reference resizes to 64 x 64 for its CNNMnist); the clients' samples from shards.json (the split
    falbench reads with partitions = file:shards.json); each client's labelled list is 80 of its samples drawn by
    NumPy's global generator (seeded by main.py) followed by 1,000 of the MNIST test images (main.py holds the last
    1,000 labelled out as the client's local test set: taken from the test images, the client keeps its 5,920
    unlabelled samples as in falbench); the training set is the 60,000 training images followed by the 10,000 test
    images, the test set the 10,000 test images;
  - utils.average_weights: the weighted sum of the clients' state_dicts, as the reference's; utils.exp_details prints
    nothing;
  - models.CNNMnist: falbench's MLP (784-256-128, ReLU, linear head of 10 classes), forward(x, return_all_layers)
    returning log_softmax, or [logits, log_softmax], as the reference's models do; main.py's init_model then draws it
    (xavier_normal weights, biases 0.01: falbench's model.init = xavier-normal);
  - tensorboardX.SummaryWriter: a no-op (not packaged by Debian).
main.py writes its pickles and figures under ./save, so the run's working directory is a scratch directory.
Usage: python3 run_chase.py REFERENCE_DIR MNIST_DIR SHARDS_JSON [main.py arguments...]
"""
import json
import os
import runpy
import struct
import sys
import types

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

reference, mnist_dir, shards, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
INITIAL = 80
HELD_OUT = 1000


def idx(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic, n = struct.unpack('>II', data[:8])
    if magic == 2051:
        return np.frombuffer(data, np.uint8, offset=16).reshape(n, 1, 28, 28)
    return np.frombuffer(data, np.uint8, offset=8)


train_x = idx(os.path.join(mnist_dir, 'train-images-idx3-ubyte')).astype(np.float32) / 255
train_y = idx(os.path.join(mnist_dir, 'train-labels-idx1-ubyte')).astype(np.int64)
test_x = idx(os.path.join(mnist_dir, 't10k-images-idx3-ubyte')).astype(np.float32) / 255
test_y = idx(os.path.join(mnist_dir, 't10k-labels-idx1-ubyte')).astype(np.int64)
with open(shards) as f:
    clients = json.load(f)


class Images(torch.utils.data.Dataset):
    def __init__(self, x, y):
        self.x, self.y = torch.from_numpy(x), torch.from_numpy(y)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def get_dataset(args):
    train = Images(np.concatenate([train_x, test_x]), np.concatenate([train_y, test_y]))
    held_out = len(train_y) + np.random.permutation(len(test_y))
    user_groups, user_groups_un = {}, {}
    for k, samples in enumerate(clients):
        labelled = np.random.choice(samples, INITIAL, replace=False)
        user_groups[k] = list(labelled) + list(held_out[k * HELD_OUT:(k + 1) * HELD_OUT])
        user_groups_un[k] = sorted(set(samples) - set(labelled.tolist()))
    return train, Images(test_x, test_y), user_groups, user_groups_un


def average_weights(w, aggregation_weights):
    average = {}
    for key in w[0].keys():
        average[key] = w[0][key] * aggregation_weights[0]
        for i in range(1, len(w)):
            average[key] = average[key] + w[i][key] * aggregation_weights[i]
    return average


class CNNMnist(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.hidden = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU())
        self.fc = nn.Linear(128, 10)

    def forward(self, x, return_all_layers):
        logits = self.fc(self.hidden(x))
        log_softmax = F.log_softmax(logits, dim=1)
        return [logits, log_softmax] if return_all_layers else log_softmax


class SummaryWriter:
    def __init__(self, *args, **kwargs):
        pass


def module(name, **members):
    m = types.ModuleType(name)
    m.__dict__.update(members)
    sys.modules[name] = m


module('utils', get_dataset=get_dataset, average_weights=average_weights, exp_details=lambda args: None)
module('models', CNNMnist=CNNMnist)
module('tensorboardX', SummaryWriter=SummaryWriter)
os.makedirs('save/Rebuttal', exist_ok=True)
os.makedirs('save/figure', exist_ok=True)
sys.path.insert(0, reference)
sys.argv = [os.path.join(reference, 'main.py')] + args
runpy.run_path(os.path.join(reference, 'main.py'), run_name='__main__')
