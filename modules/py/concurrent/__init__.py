# modules/py/concurrent/__init__.py: the concurrent package.
# SPDX-License-Identifier: MIT
