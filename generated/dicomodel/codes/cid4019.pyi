"""CID 4019 Primary Anatomic Structure for Intra-oral Radiography (Deciduous Dentition - Designation of Teeth).

Non-extensible, version 20230119, UID 1.2.840.10008.6.1.303.

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
DeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code]
DeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code]
DeciduousMaxillaryRightCanineTooth: _Final[_Code]
DeciduousMaxillaryRightFirstMolarTooth: _Final[_Code]
DeciduousMaxillaryRightSecondMolarTooth: _Final[_Code]
DeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code]
DeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code]
DeciduousMaxillaryLeftCanineTooth: _Final[_Code]
DeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code]
DeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code]
DeciduousMandibularLeftCentralIncisorTooth: _Final[_Code]
DeciduousMandibularLeftLateralIncisorTooth: _Final[_Code]
DeciduousMandibularLeftCanineTooth: _Final[_Code]
DeciduousMandibularLeftFirstMolarTooth: _Final[_Code]
DeciduousMandibularLeftSecondMolarTooth: _Final[_Code]
DeciduousMandibularRightCentralIncisorTooth: _Final[_Code]
DeciduousMandibularRightLateralIncisorTooth: _Final[_Code]
DeciduousMandibularRightCanineTooth: _Final[_Code]
DeciduousMandibularRightFirstMolarTooth: _Final[_Code]
DeciduousMandibularRightSecondMolarTooth: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
