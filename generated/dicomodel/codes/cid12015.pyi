"""CID 12015 Fetal Growth Equation/Table.

Extensible, version 20210120, UID 1.2.840.10008.6.1.563.

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
ACByGAASUM2000: _Final[_Code]
ACByGAHadlock1984: _Final[_Code]
ACMeasuredByGAChitty1994: _Final[_Code]
ACDerivedByGAChitty1994: _Final[_Code]
ACByGAMerz1988: _Final[_Code]
ACByGAShinozuka1996: _Final[_Code]
AxtByGAShinozuka1996: _Final[_Code]
BPDByGAASUM2000: _Final[_Code]
BPDByGAHadlock1984: _Final[_Code]
BPDOuterInnerByGAChitty1994: _Final[_Code]
BPDOuterOuterByGAChitty1994: _Final[_Code]
BPDByGAJeanty1982: _Final[_Code]
BPDByGAMerz1988: _Final[_Code]
BPDByGARempen1991: _Final[_Code]
BPDByGAShinozuka1996: _Final[_Code]
CephalicIndexByGAChitty1994: _Final[_Code]
CephalicIndexByGAHadlock1981: _Final[_Code]
CRLByGAASUM2000: _Final[_Code]
CRLByGARempen1991: _Final[_Code]
CRLByGAShinozuka1996: _Final[_Code]
EFWByGAHadlock1991: _Final[_Code]
EFWByGAHansmann1986: _Final[_Code]
FibulaByGAJeanty1983: _Final[_Code]
FLByGAASUM2000: _Final[_Code]
FLByGAHadlock1984: _Final[_Code]
FLByGAChitty1994: _Final[_Code]
FLByGAJeanty1982: _Final[_Code]
FLByGAMerz1988: _Final[_Code]
FLByGAShinozuka1996: _Final[_Code]
GSByGARempen1991: _Final[_Code]
HCByGAASUM2000: _Final[_Code]
HCByGAHadlock1984: _Final[_Code]
HCDerivedByGAChitty1994: _Final[_Code]
HCByGAJeanty1982: _Final[_Code]
HCByGAMerz1988: _Final[_Code]
HumerusLengthByGAASUM2000: _Final[_Code]
OFDByGAASUM2000: _Final[_Code]
OFDByGAChitty1994: _Final[_Code]
RadiusByGAJeanty1983: _Final[_Code]
TCDByGAGoldstein1987: _Final[_Code]
HCACByGACampbell1977: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
