"""CID 12325 Liver Ultrasound Study Indication.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1452.

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
AlcoholicLiverDisease: _Final[_Code]
CirrhosisOfLiver: _Final[_Code]
Hepatitis: _Final[_Code]
HepatitisB: _Final[_Code]
HepatitisC: _Final[_Code]
Hepatomegaly: _Final[_Code]
Jaundice: _Final[_Code]
NonalcoholicFattyLiverDiseaseNAFLD: _Final[_Code]
NonalcoholicFattyLiverNAFL: _Final[_Code]
NonalcoholicSteatohepatitisNASH: _Final[_Code]
SerumAlanineAminotransferaseLevelRaised: _Final[_Code]
SerumAlbuminBelowReferenceRange: _Final[_Code]
SerumBilirubinRaised: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
