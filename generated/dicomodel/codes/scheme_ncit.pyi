"""Coding scheme NCIt: NCI Thesaurus.

39 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

Abnormality: _Final[_Code]
AdLibitum: _Final[_Code]
Adjudicator: _Final[_Code]
BronchioloalveolarAdenocarcinoma: _Final[_Code]
CardiotonicAgent: _Final[_Code]
Cryoablation: _Final[_Code]
DCFBCF18: _Final[_Code]
Dosimetrist: _Final[_Code]
EnhancingLesion: _Final[_Code]
Enrollment: _Final[_Code]
Erect: _Final[_Code]
ExtraluminalRoute: _Final[_Code]
Fibrate: _Final[_Code]
FocusedUltrasoundAblation: _Final[_Code]
Image: _Final[_Code]
ImagingRegionOfInterest: _Final[_Code]
IndexLesion: _Final[_Code]
IntraepithelialRoute: _Final[_Code]
Ion: _Final[_Code]
IrreversibleElectroporation: _Final[_Code]
Middle: _Final[_Code]
MouseMammaryFatPad: _Final[_Code]
NativeHawaiianOrOtherPacificIslander: _Final[_Code]
NoEvidenceOfDisease: _Final[_Code]
NonEnhancingLesion: _Final[_Code]
PSMA11Ga68: _Final[_Code]
PiflufolastatF18: _Final[_Code]
RANO: _Final[_Code]
Reader: _Final[_Code]
RecurrentDisease: _Final[_Code]
ReferenceRegion: _Final[_Code]
Reviewer: _Final[_Code]
SarcosineC11: _Final[_Code]
SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_Code]
Technetium99mTrofolastat: _Final[_Code]
TransluminalRoute: _Final[_Code]
UnitConversionFactor: _Final[_Code]
V166Holmium: _Final[_Code]
V4kscore: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
