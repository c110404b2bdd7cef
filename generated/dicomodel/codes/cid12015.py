"""CID 12015 Fetal Growth Equation/Table.

Extensible, version 20210120, UID 1.2.840.10008.6.1.563.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12015
NAME: _Final[str] = "Fetal Growth Equation/Table"
KEYWORD: _Final[str | None] = "FetalGrowthEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.563"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ACByGAASUM2000: _Final[_Code] = _Code("LN", "33145-4", "AC by GA, ASUM 2000", (12015,))
"""AC by GA, ASUM 2000 (LN 33145-4)."""

ACByGAHadlock1984: _Final[_Code] = _Code("LN", "33146-2", "AC by GA, Hadlock 1984", (12015,))
"""AC by GA, Hadlock 1984 (LN 33146-2)."""

ACMeasuredByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33147-0", "AC (measured) by GA, Chitty 1994", (12015,)
)
"""AC (measured) by GA, Chitty 1994 (LN 33147-0)."""

ACDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33546-3", "AC (derived) by GA, Chitty 1994", (12015,)
)
"""AC (derived) by GA, Chitty 1994 (LN 33546-3)."""

ACByGAMerz1988: _Final[_Code] = _Code("LN", "33148-8", "AC by GA, Merz 1988", (12015,))
"""AC by GA, Merz 1988 (LN 33148-8)."""

ACByGAShinozuka1996: _Final[_Code] = _Code("LN", "33149-6", "AC by GA, Shinozuka 1996", (12015,))
"""AC by GA, Shinozuka 1996 (LN 33149-6)."""

AxtByGAShinozuka1996: _Final[_Code] = _Code("LN", "33150-4", "AxT by GA, Shinozuka 1996", (12015,))
"""AxT by GA, Shinozuka 1996 (LN 33150-4)."""

BPDByGAASUM2000: _Final[_Code] = _Code("LN", "33151-2", "BPD by GA, ASUM 2000", (12015,))
"""BPD by GA, ASUM 2000 (LN 33151-2)."""

BPDByGAHadlock1984: _Final[_Code] = _Code("LN", "33198-3", "BPD by GA, Hadlock 1984", (12015,))
"""BPD by GA, Hadlock 1984 (LN 33198-3)."""

BPDOuterInnerByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33556-2", "BPD outer-inner by GA, Chitty 1994", (12015,)
)
"""BPD outer-inner by GA, Chitty 1994 (LN 33556-2)."""

BPDOuterOuterByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33152-0", "BPD outer-outer by GA, Chitty 1994", (12015,)
)
"""BPD outer-outer by GA, Chitty 1994 (LN 33152-0)."""

BPDByGAJeanty1982: _Final[_Code] = _Code("LN", "33153-8", "BPD by GA, Jeanty 1982", (12015,))
"""BPD by GA, Jeanty 1982 (LN 33153-8)."""

BPDByGAMerz1988: _Final[_Code] = _Code("LN", "33154-6", "BPD by GA, Merz 1988", (12015,))
"""BPD by GA, Merz 1988 (LN 33154-6)."""

BPDByGARempen1991: _Final[_Code] = _Code("LN", "33155-3", "BPD by GA, Rempen 1991", (12015,))
"""BPD by GA, Rempen 1991 (LN 33155-3)."""

BPDByGAShinozuka1996: _Final[_Code] = _Code("LN", "33156-1", "BPD by GA, Shinozuka 1996", (12015,))
"""BPD by GA, Shinozuka 1996 (LN 33156-1)."""

CephalicIndexByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33157-9", "Cephalic Index by GA, Chitty 1994", (12015,)
)
"""Cephalic Index by GA, Chitty 1994 (LN 33157-9)."""

CephalicIndexByGAHadlock1981: _Final[_Code] = _Code(
    "LN", "33158-7", "Cephalic Index by GA, Hadlock 1981", (12015,)
)
"""Cephalic Index by GA, Hadlock 1981 (LN 33158-7)."""

CRLByGAASUM2000: _Final[_Code] = _Code("LN", "33159-5", "CRL by GA ASUM 2000", (12015,))
"""CRL by GA ASUM 2000 (LN 33159-5)."""

CRLByGARempen1991: _Final[_Code] = _Code("LN", "33160-3", "CRL by GA, Rempen1991", (12015,))
"""CRL by GA, Rempen1991 (LN 33160-3)."""

CRLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33161-1", "CRL by GA, Shinozuka 1996", (12015,))
"""CRL by GA, Shinozuka 1996 (LN 33161-1)."""

EFWByGAHadlock1991: _Final[_Code] = _Code("LN", "33162-9", "EFW by GA, Hadlock 1991", (12015,))
"""EFW by GA, Hadlock 1991 (LN 33162-9)."""

EFWByGAHansmann1986: _Final[_Code] = _Code("LN", "33163-7", "EFW by GA, Hansmann 1986", (12015,))
"""EFW by GA, Hansmann 1986 (LN 33163-7)."""

FibulaByGAJeanty1983: _Final[_Code] = _Code("LN", "33164-5", "Fibula by GA, Jeanty 1983", (12015,))
"""Fibula by GA, Jeanty 1983 (LN 33164-5)."""

FLByGAASUM2000: _Final[_Code] = _Code("LN", "33165-2", "FL by GA, ASUM 2000", (12015,))
"""FL by GA, ASUM 2000 (LN 33165-2)."""

FLByGAHadlock1984: _Final[_Code] = _Code("LN", "33166-0", "FL by GA, Hadlock 1984", (12015,))
"""FL by GA, Hadlock 1984 (LN 33166-0)."""

FLByGAChitty1994: _Final[_Code] = _Code("LN", "33167-8", "FL by GA, Chitty 1994", (12015,))
"""FL by GA, Chitty 1994 (LN 33167-8)."""

FLByGAJeanty1982: _Final[_Code] = _Code("LN", "33168-6", "FL by GA, Jeanty 1982", (12015,))
"""FL by GA, Jeanty 1982 (LN 33168-6)."""

FLByGAMerz1988: _Final[_Code] = _Code("LN", "33169-4", "FL by GA, Merz 1988", (12015,))
"""FL by GA, Merz 1988 (LN 33169-4)."""

FLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33170-2", "FL by GA, Shinozuka 1996", (12015,))
"""FL by GA, Shinozuka 1996 (LN 33170-2)."""

GSByGARempen1991: _Final[_Code] = _Code("LN", "33171-0", "GS by GA, Rempen 1991", (12015,))
"""GS by GA, Rempen 1991 (LN 33171-0)."""

HCByGAASUM2000: _Final[_Code] = _Code("LN", "33172-8", "HC by GA, ASUM 2000", (12015,))
"""HC by GA, ASUM 2000 (LN 33172-8)."""

HCByGAHadlock1984: _Final[_Code] = _Code("LN", "33173-6", "HC by GA, Hadlock 1984", (12015,))
"""HC by GA, Hadlock 1984 (LN 33173-6)."""

HCDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33174-4", "HC derived by GA, Chitty 1994", (12015,)
)
"""HC derived by GA, Chitty 1994 (LN 33174-4)."""

HCByGAJeanty1982: _Final[_Code] = _Code("LN", "33175-1", "HC by GA, Jeanty 1982", (12015,))
"""HC by GA, Jeanty 1982 (LN 33175-1)."""

HCByGAMerz1988: _Final[_Code] = _Code("LN", "33176-9", "HC by GA, Merz 1988", (12015,))
"""HC by GA, Merz 1988 (LN 33176-9)."""

HumerusLengthByGAASUM2000: _Final[_Code] = _Code(
    "LN", "33177-7", "Humerus Length by GA, ASUM 2000", (12015,)
)
"""Humerus Length by GA, ASUM 2000 (LN 33177-7)."""

OFDByGAASUM2000: _Final[_Code] = _Code("LN", "33178-5", "OFD by GA, ASUM 2000", (12015,))
"""OFD by GA, ASUM 2000 (LN 33178-5)."""

OFDByGAChitty1994: _Final[_Code] = _Code("LN", "33179-3", "OFD by GA, Chitty 1994", (12015,))
"""OFD by GA, Chitty 1994 (LN 33179-3)."""

RadiusByGAJeanty1983: _Final[_Code] = _Code("LN", "33180-1", "Radius by GA, Jeanty 1983", (12015,))
"""Radius by GA, Jeanty 1983 (LN 33180-1)."""

TCDByGAGoldstein1987: _Final[_Code] = _Code("LN", "33181-9", "TCD by GA Goldstein 1987", (12015,))
"""TCD by GA Goldstein 1987 (LN 33181-9)."""

HCACByGACampbell1977: _Final[_Code] = _Code("LN", "80416-1", "HC/AC by GA, Campbell 1977", (12015,))
"""HC/AC by GA, Campbell 1977 (LN 80416-1)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACByGAASUM2000,
    ACByGAHadlock1984,
    ACMeasuredByGAChitty1994,
    ACDerivedByGAChitty1994,
    ACByGAMerz1988,
    ACByGAShinozuka1996,
    AxtByGAShinozuka1996,
    BPDByGAASUM2000,
    BPDByGAHadlock1984,
    BPDOuterInnerByGAChitty1994,
    BPDOuterOuterByGAChitty1994,
    BPDByGAJeanty1982,
    BPDByGAMerz1988,
    BPDByGARempen1991,
    BPDByGAShinozuka1996,
    CephalicIndexByGAChitty1994,
    CephalicIndexByGAHadlock1981,
    CRLByGAASUM2000,
    CRLByGARempen1991,
    CRLByGAShinozuka1996,
    EFWByGAHadlock1991,
    EFWByGAHansmann1986,
    FibulaByGAJeanty1983,
    FLByGAASUM2000,
    FLByGAHadlock1984,
    FLByGAChitty1994,
    FLByGAJeanty1982,
    FLByGAMerz1988,
    FLByGAShinozuka1996,
    GSByGARempen1991,
    HCByGAASUM2000,
    HCByGAHadlock1984,
    HCDerivedByGAChitty1994,
    HCByGAJeanty1982,
    HCByGAMerz1988,
    HumerusLengthByGAASUM2000,
    OFDByGAASUM2000,
    OFDByGAChitty1994,
    RadiusByGAJeanty1983,
    TCDByGAGoldstein1987,
    HCACByGACampbell1977,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
