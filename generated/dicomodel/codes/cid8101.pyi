"""CID 8101 Container Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1043.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TissueCassette: _Final[_groups.Cid8101Code]
TissueMicroarrayCassette: _Final[_groups.Cid8101Code]
SpecimenVial: _Final[_groups.Cid8101Code]
MicroscopeSlide: _Final[_groups.Cid8101Code]
SpecimenContainer: _Final[_groups.Cid8101Code]
ElectronMicroscopyGrid: _Final[_groups.Cid8101Code]
SpecimenWell: _Final[_groups.Cid8101Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8101Code]]
