"""CID 4018 Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth).

Non-extensible, version 20220922, UID 1.2.840.10008.6.1.302.

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
PermanentMaxillaryRightThirdMolarTooth: _Final[_Code]
PermanentMaxillaryRightSecondMolarTooth: _Final[_Code]
PermanentMaxillaryRightFirstMolarTooth: _Final[_Code]
PermanentMaxillaryRightSecondPremolarTooth: _Final[_Code]
PermanentMaxillaryRightFirstPremolarTooth: _Final[_Code]
PermanentMaxillaryRightCanineTooth: _Final[_Code]
PermanentMaxillaryRightLateralIncisorTooth: _Final[_Code]
PermanentMaxillaryRightCentralIncisorTooth: _Final[_Code]
PermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code]
PermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code]
PermanentMaxillaryLeftCanineTooth: _Final[_Code]
PermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code]
PermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code]
PermanentMaxillaryLeftFirstMolarTooth: _Final[_Code]
PermanentMaxillaryLeftSecondMolarTooth: _Final[_Code]
PermanentMaxillaryLeftThirdMolarTooth: _Final[_Code]
MandibularLeftThirdMolarTooth: _Final[_Code]
MandibularLeftSecondMolarTooth: _Final[_Code]
MandibularLeftFirstMolarTooth: _Final[_Code]
MandibularLeftSecondPremolarTooth: _Final[_Code]
MandibularLeftFirstPremolarTooth: _Final[_Code]
MandibularLeftCanineTooth: _Final[_Code]
MandibularLeftLateralTooth: _Final[_Code]
MandibularLeftCentralIncisorTooth: _Final[_Code]
MandibularRightCentralIncisorTooth: _Final[_Code]
MandibularRightLateralIncisorTooth: _Final[_Code]
MandibularRightCanineTooth: _Final[_Code]
MandibularRightFirstPremolarTooth: _Final[_Code]
MandibularRightSecondPremolarTooth: _Final[_Code]
MandibularRightFirstMolarTooth: _Final[_Code]
MandibularRightSecondMolarTooth: _Final[_Code]
MandibularRightThirdMolarTooth: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
