"""CID 9526 Ion Therapy Particle.

Non-extensible, version 20190817, UID 1.2.840.10008.6.1.1236.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ion: _Final[_groups.Cid9526Code]
Proton: _Final[_groups.Cid9526Code]
V3HeliumNucleus: _Final[_groups.Cid9526Code]
V4HeliumNucleus: _Final[_groups.Cid9526Code]
V12CarbonNucleus: _Final[_groups.Cid9526Code]
V16OxygenNucleus: _Final[_groups.Cid9526Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9526Code]]
