"""CID 9525 Radiation Therapy Particle.

Non-extensible, version 20181112, UID 1.2.840.10008.6.1.1235.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Photon: _Final[_groups.Cid9525Code]
Electron: _Final[_groups.Cid9525Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9525Code]]
