"""CID 7449 Reader Specialty.

Extensible, version 20160601, UID 1.2.840.10008.6.1.1119.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbdominalImagingSpecialty: _Final[_groups.Cid7449Code]
CardiacImagingSpecialty: _Final[_groups.Cid7449Code]
HeadAndNeckImagingSpecialty: _Final[_groups.Cid7449Code]
MusculoskeletalImagingSpecialty: _Final[_groups.Cid7449Code]
NeurologySpecialty: _Final[_groups.Cid7449Code]
NeuroradiologyImagingSpecialty: _Final[_groups.Cid7449Code]
OBGynImagingSpecialty: _Final[_groups.Cid7449Code]
OncologicImagingSpecialty: _Final[_groups.Cid7449Code]
OncologySpecialty: _Final[_groups.Cid7449Code]
ThoracicImagingSpecialty: _Final[_groups.Cid7449Code]
PediatricImagingSpecialty: _Final[_groups.Cid7449Code]
VascularImagingSpecialty: _Final[_groups.Cid7449Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7449Code]]
