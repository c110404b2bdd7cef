"""CID 7005 Contributing Equipment Purpose of Reference.

Extensible, version 20240324, UID 1.2.840.10008.6.1.486.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AcquisitionEquipment: _Final[_Code]
ProcessingEquipment: _Final[_Code]
ModifyingEquipment: _Final[_Code]
DeIdentifyingEquipment: _Final[_Code]
FrameExtractingEquipment: _Final[_Code]
EnhancedMultiFrameConversionEquipment: _Final[_Code]
PortableMediaImporterEquipment: _Final[_Code]
FilmDigitizer: _Final[_Code]
DocumentDigitizerEquipment: _Final[_Code]
VideoTapeDigitizerEquipment: _Final[_Code]
SynthesizingEquipment: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
