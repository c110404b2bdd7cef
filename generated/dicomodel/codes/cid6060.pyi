"""CID 6060 Breast Biopsy Technique.

Extensible, version 20160314, UID 1.2.840.10008.6.1.389.

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
Lumpectomy: _Final[_Code]
Mastectomy: _Final[_Code]
QuadrantectomyOfBreast: _Final[_Code]
DiagnosticRadiographyStereotacticLocalization: _Final[_Code]
UltrasonicGuidanceProcedure: _Final[_Code]
Mammography: _Final[_Code]
Mammographic_111487: _Final[_Code]
Mammographic_111488: _Final[_Code]
MagneticResonanceImagingGuidedBiopsy: _Final[_Code]
ComputedTomographyGuidedBiopsy: _Final[_Code]
PalpationGuided: _Final[_Code]
VacuumAssisted: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
