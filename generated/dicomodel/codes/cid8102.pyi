"""CID 8102 Container Component Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1044.
Includes CID 8101.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MicroscopeSlideCoverSlip: _Final[_groups.Cid8102Code]
MicroscopeSlideMountingMedia: _Final[_groups.Cid8102Code]
SpecimenContainerLid: _Final[_groups.Cid8102Code]
TissueCassette: _Final[_groups.Cid8102Code]
TissueMicroarrayCassette: _Final[_groups.Cid8102Code]
SpecimenVial: _Final[_groups.Cid8102Code]
MicroscopeSlide: _Final[_groups.Cid8102Code]
SpecimenContainer: _Final[_groups.Cid8102Code]
ElectronMicroscopyGrid: _Final[_groups.Cid8102Code]
SpecimenWell: _Final[_groups.Cid8102Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8102Code]]
