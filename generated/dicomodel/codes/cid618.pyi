"""CID 618 Airway Management Method Code Type from Anesthesia Quality Initiative.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1083.

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
ControlledVentilation: _Final[_Code]
ArtificialRespiration: _Final[_Code]
OxygenTherapy: _Final[_Code]
LaryngealMaskAirwayLMA: _Final[_Code]
IntubationOfRespiratoryTract: _Final[_Code]
AnestheticFaceMask: _Final[_Code]
NasalCannula: _Final[_Code]
ViaTracheostomy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
