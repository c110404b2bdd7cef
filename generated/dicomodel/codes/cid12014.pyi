"""CID 12014 OB Fetal Body Weight Equation/Table.

Extensible, version 20030130, UID 1.2.840.10008.6.1.562.

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
EFWByACCampbell1975: _Final[_Code]
EFWByACBPDHadlock1984: _Final[_Code]
EFWByACBPDFLHadlock1984: _Final[_Code]
EFWByACBPDFLHadlock1985: _Final[_Code]
EFWByACBPDFLHCHadlock1985: _Final[_Code]
EFWByACFLHadlock1984: _Final[_Code]
EFWByACFLHadlock1985: _Final[_Code]
EFWByACFLHCHadlock1985: _Final[_Code]
EFWByACHCHadlock1984: _Final[_Code]
EFWByBPDTTDHansmann1986: _Final[_Code]
EFWByACAndBPDShepard1982: _Final[_Code]
EFWByBPDFTAFLOsaka1990: _Final[_Code]
EFW1ByShinozuka1996: _Final[_Code]
EFW2ByShinozuka1996: _Final[_Code]
EFW3ByShinozuka1996: _Final[_Code]
EFWByBPDAPADTADFLTokyo1987: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
