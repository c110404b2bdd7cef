"""CID 7453 Performing Role.

Extensible, version 20180326, UID 1.2.840.10008.6.1.517.

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
Performing: _Final[_Code]
Referring: _Final[_Code]
Requesting: _Final[_Code]
Recording: _Final[_Code]
Verifying: _Final[_Code]
Assisting: _Final[_Code]
CirculatingNurse: _Final[_Code]
Standby: _Final[_Code]
IrradiationAuthorizing: _Final[_Code]
IrradiationAdministering: _Final[_Code]
Reader: _Final[_Code]
EligibilityReader: _Final[_Code]
Adjudicator: _Final[_Code]
Reviewer: _Final[_Code]
Designator: _Final[_Code]
ImageQualityController: _Final[_Code]
ResultsQualityController: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
