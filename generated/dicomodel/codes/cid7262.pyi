"""CID 7262 Diffusion Tractography Algorithm Family.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1061.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Deterministic: _Final[_groups.Cid7262Code]
Probabilistic: _Final[_groups.Cid7262Code]
Global: _Final[_groups.Cid7262Code]
FACT: _Final[_groups.Cid7262Code]
Streamline: _Final[_groups.Cid7262Code]
TEND: _Final[_groups.Cid7262Code]
Bootstrap: _Final[_groups.Cid7262Code]
Euler: _Final[_groups.Cid7262Code]
RungeKutta: _Final[_groups.Cid7262Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7262Code]]
