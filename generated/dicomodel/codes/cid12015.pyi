"""CID 12015 Fetal Growth Equation/Table.

Extensible, version 20210120, UID 1.2.840.10008.6.1.563.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ACByGAASUM2000: _Final[_groups.Cid12015Code]
ACByGAHadlock1984: _Final[_groups.Cid12015Code]
ACMeasuredByGAChitty1994: _Final[_groups.Cid12015Code]
ACDerivedByGAChitty1994: _Final[_groups.Cid12015Code]
ACByGAMerz1988: _Final[_groups.Cid12015Code]
ACByGAShinozuka1996: _Final[_groups.Cid12015Code]
AxtByGAShinozuka1996: _Final[_groups.Cid12015Code]
BPDByGAASUM2000: _Final[_groups.Cid12015Code]
BPDByGAHadlock1984: _Final[_groups.Cid12015Code]
BPDOuterInnerByGAChitty1994: _Final[_groups.Cid12015Code]
BPDOuterOuterByGAChitty1994: _Final[_groups.Cid12015Code]
BPDByGAJeanty1982: _Final[_groups.Cid12015Code]
BPDByGAMerz1988: _Final[_groups.Cid12015Code]
BPDByGARempen1991: _Final[_groups.Cid12015Code]
BPDByGAShinozuka1996: _Final[_groups.Cid12015Code]
CephalicIndexByGAChitty1994: _Final[_groups.Cid12015Code]
CephalicIndexByGAHadlock1981: _Final[_groups.Cid12015Code]
CRLByGAASUM2000: _Final[_groups.Cid12015Code]
CRLByGARempen1991: _Final[_groups.Cid12015Code]
CRLByGAShinozuka1996: _Final[_groups.Cid12015Code]
EFWByGAHadlock1991: _Final[_groups.Cid12015Code]
EFWByGAHansmann1986: _Final[_groups.Cid12015Code]
FibulaByGAJeanty1983: _Final[_groups.Cid12015Code]
FLByGAASUM2000: _Final[_groups.Cid12015Code]
FLByGAHadlock1984: _Final[_groups.Cid12015Code]
FLByGAChitty1994: _Final[_groups.Cid12015Code]
FLByGAJeanty1982: _Final[_groups.Cid12015Code]
FLByGAMerz1988: _Final[_groups.Cid12015Code]
FLByGAShinozuka1996: _Final[_groups.Cid12015Code]
GSByGARempen1991: _Final[_groups.Cid12015Code]
HCByGAASUM2000: _Final[_groups.Cid12015Code]
HCByGAHadlock1984: _Final[_groups.Cid12015Code]
HCDerivedByGAChitty1994: _Final[_groups.Cid12015Code]
HCByGAJeanty1982: _Final[_groups.Cid12015Code]
HCByGAMerz1988: _Final[_groups.Cid12015Code]
HumerusLengthByGAASUM2000: _Final[_groups.Cid12015Code]
OFDByGAASUM2000: _Final[_groups.Cid12015Code]
OFDByGAChitty1994: _Final[_groups.Cid12015Code]
RadiusByGAJeanty1983: _Final[_groups.Cid12015Code]
TCDByGAGoldstein1987: _Final[_groups.Cid12015Code]
HCACByGACampbell1977: _Final[_groups.Cid12015Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12015Code]]
