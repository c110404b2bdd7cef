"""CID 3525 Blood Gas Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.139.

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
BloodCarbonDioxideContent: _Final[_Code]
ArterialBloodCarbonDioxideContent: _Final[_Code]
VenousBloodCarbonDioxideContent: _Final[_Code]
BloodOxygenContent: _Final[_Code]
ArterialOxygenContent: _Final[_Code]
VenousOxygenContent: _Final[_Code]
AorticRootOxygenContent: _Final[_Code]
PulmonaryArteryMainOxygenContent: _Final[_Code]
PulmonaryWedgeOxygenContent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
