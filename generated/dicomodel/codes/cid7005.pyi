"""CID 7005 Contributing Equipment Purpose of Reference.

Extensible, version 20240324, UID 1.2.840.10008.6.1.486.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AcquisitionEquipment: _Final[_groups.Cid7005Code]
ProcessingEquipment: _Final[_groups.Cid7005Code]
ModifyingEquipment: _Final[_groups.Cid7005Code]
DeIdentifyingEquipment: _Final[_groups.Cid7005Code]
FrameExtractingEquipment: _Final[_groups.Cid7005Code]
EnhancedMultiFrameConversionEquipment: _Final[_groups.Cid7005Code]
PortableMediaImporterEquipment: _Final[_groups.Cid7005Code]
FilmDigitizer: _Final[_groups.Cid7005Code]
DocumentDigitizerEquipment: _Final[_groups.Cid7005Code]
VideoTapeDigitizerEquipment: _Final[_groups.Cid7005Code]
SynthesizingEquipment: _Final[_groups.Cid7005Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7005Code]]
