"""CID 12013 Gestational Age Equation/Table.

Extensible, version 20061024, UID 1.2.840.10008.6.1.561.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12013
NAME: _Final[str] = "Gestational Age Equation/Table"
KEYWORD: _Final[str | None] = "GestationalAgeEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.561"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20061024"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GestationalAgeByLMP: _Final[_Code] = _Code(
    "LN", "11885-1", "Gestational Age by LMP", (12013, 12019)
)
"""Gestational Age by LMP (LN 11885-1)."""

AverageUltrasoundAge: _Final[_Code] = _Code("LN", "11884-4", "Average Ultrasound Age", (12013,))
"""Average Ultrasound Age (LN 11884-4)."""

ACASUM2000: _Final[_Code] = _Code("LN", "33072-0", "AC, ASUM 2000", (12013,))
"""AC, ASUM 2000 (LN 33072-0)."""

ACCampbell1975: _Final[_Code] = _Code("LN", "11889-3", "AC, Campbell 1975", (12013,))
"""AC, Campbell 1975 (LN 11889-3)."""

ACHadlock1984: _Final[_Code] = _Code("LN", "11892-7", "AC, Hadlock 1984", (12013,))
"""AC, Hadlock 1984 (LN 11892-7)."""

ACHansmann1985: _Final[_Code] = _Code("LN", "33073-8", "AC, Hansmann1985", (12013,))
"""AC, Hansmann1985 (LN 33073-8)."""

ACJeanty1982: _Final[_Code] = _Code("LN", "33537-2", "AC, Jeanty 1982", (12013,))
"""AC, Jeanty 1982 (LN 33537-2)."""

ACJeanty1984: _Final[_Code] = _Code("LN", "11893-5", "AC, Jeanty 1984", (12013,))
"""AC, Jeanty 1984 (LN 11893-5)."""

ACLessoway1998: _Final[_Code] = _Code("LN", "33074-6", "AC, Lessoway 1998", (12013,))
"""AC, Lessoway 1998 (LN 33074-6)."""

ACMertz1988: _Final[_Code] = _Code("LN", "33075-3", "AC, Mertz 1988", (12013,))
"""AC, Mertz 1988 (LN 33075-3)."""

ACShinozuka1996: _Final[_Code] = _Code("LN", "33076-1", "AC, Shinozuka 1996", (12013,))
"""AC, Shinozuka 1996 (LN 33076-1)."""

APAbdominalDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33077-9", "A-P Abdominal Diameter, Lessoway 1998", (12013,)
)
"""A-P Abdominal Diameter, Lessoway 1998 (LN 33077-9)."""

AxtShinozuka1996: _Final[_Code] = _Code("LN", "33078-7", "AxT, Shinozuka 1996", (12013,))
"""AxT, Shinozuka 1996 (LN 33078-7)."""

BPDASUM1989: _Final[_Code] = _Code("LN", "33079-5", "BPD, ASUM 1989", (12013,))
"""BPD, ASUM 1989 (LN 33079-5)."""

BPDDoubilet1993: _Final[_Code] = _Code("LN", "11900-8", "BPD, Doubilet 1993", (12013,))
"""BPD, Doubilet 1993 (LN 11900-8)."""

BPDHadlock1984: _Final[_Code] = _Code("LN", "11902-4", "BPD, Hadlock 1984", (12013,))
"""BPD, Hadlock 1984 (LN 11902-4)."""

BPDHansmann1985: _Final[_Code] = _Code("LN", "11903-2", "BPD, Hansmann 1985", (12013,))
"""BPD, Hansmann 1985 (LN 11903-2)."""

BPDHansmann1986: _Final[_Code] = _Code("LN", "33538-0", "BPD, Hansmann 1986", (12013,))
"""BPD, Hansmann 1986 (LN 33538-0)."""

BPDJeanty1982: _Final[_Code] = _Code("LN", "33539-8", "BPD, Jeanty 1982", (12013,))
"""BPD, Jeanty 1982 (LN 33539-8)."""

BPDJeanty1984: _Final[_Code] = _Code("LN", "11905-7", "BPD, Jeanty 1984", (12013,))
"""BPD, Jeanty 1984 (LN 11905-7)."""

BPDKurtz1980: _Final[_Code] = _Code("LN", "11906-5", "BPD, Kurtz 1980", (12013,))
"""BPD, Kurtz 1980 (LN 11906-5)."""

BPDLessoway1998: _Final[_Code] = _Code("LN", "33080-3", "BPD, Lessoway 1998", (12013,))
"""BPD, Lessoway 1998 (LN 33080-3)."""

BPDMertz1988: _Final[_Code] = _Code("LN", "33081-1", "BPD, Mertz 1988", (12013,))
"""BPD, Mertz 1988 (LN 33081-1)."""

BPDOsaka1989: _Final[_Code] = _Code("LN", "33082-9", "BPD, Osaka 1989", (12013,))
"""BPD, Osaka 1989 (LN 33082-9)."""

BPDRempen1991: _Final[_Code] = _Code("LN", "33083-7", "BPD, Rempen 1991", (12013,))
"""BPD, Rempen 1991 (LN 33083-7)."""

BPDSabbagha1978: _Final[_Code] = _Code("LN", "11907-3", "BPD, Sabbagha 1978", (12013,))
"""BPD, Sabbagha 1978 (LN 11907-3)."""

BPDShinozuka1996: _Final[_Code] = _Code("LN", "33084-5", "BPD, Shinozuka 1996", (12013,))
"""BPD, Shinozuka 1996 (LN 33084-5)."""

BPDTokyo1986: _Final[_Code] = _Code("LN", "33085-2", "BPD, Tokyo 1986", (12013,))
"""BPD, Tokyo 1986 (LN 33085-2)."""

BpdaHadlock1982: _Final[_Code] = _Code("LN", "11901-6", "BPDa, Hadlock 1982", (12013,))
"""BPDa, Hadlock 1982 (LN 11901-6)."""

BPDOiChitty1997: _Final[_Code] = _Code("LN", "33086-0", "BPD-oi, Chitty 1997", (12013,))
"""BPD-oi, Chitty 1997 (LN 33086-0)."""

BPDOoChitty1997: _Final[_Code] = _Code("LN", "33087-8", "BPD-oo, Chitty 1997", (12013,))
"""BPD-oo, Chitty 1997 (LN 33087-8)."""

ClavicleLengthYarkoni1985: _Final[_Code] = _Code(
    "LN", "33088-6", "Clavicle length, Yarkoni 1985", (12013,)
)
"""Clavicle length, Yarkoni 1985 (LN 33088-6)."""

CRLASUM1991: _Final[_Code] = _Code("LN", "33089-4", "CRL, ASUM 1991", (12013,))
"""CRL, ASUM 1991 (LN 33089-4)."""

CRLASUM2000: _Final[_Code] = _Code("LN", "33090-2", "CRL, ASUM 2000", (12013,))
"""CRL, ASUM 2000 (LN 33090-2)."""

CRLDaya1993: _Final[_Code] = _Code("LN", "33091-0", "CRL, Daya 1993", (12013,))
"""CRL, Daya 1993 (LN 33091-0)."""

CRLHadlock1992: _Final[_Code] = _Code("LN", "11910-7", "CRL, Hadlock 1992", (12013,))
"""CRL, Hadlock 1992 (LN 11910-7)."""

CRLHansmann1985: _Final[_Code] = _Code("LN", "11911-5", "CRL, Hansmann 1985", (12013,))
"""CRL, Hansmann 1985 (LN 11911-5)."""

CRLHansmann1986: _Final[_Code] = _Code("LN", "33540-6", "CRL, Hansmann 1986", (12013,))
"""CRL, Hansmann 1986 (LN 33540-6)."""

CRLJeanty1982: _Final[_Code] = _Code("LN", "33092-8", "CRL, Jeanty 1982", (12013,))
"""CRL, Jeanty 1982 (LN 33092-8)."""

CRLJeanty1984: _Final[_Code] = _Code("LN", "11917-2", "CRL, Jeanty 1984", (12013,))
"""CRL, Jeanty 1984 (LN 11917-2)."""

CRLNelson1981: _Final[_Code] = _Code("LN", "11913-1", "CRL, Nelson 1981", (12013,))
"""CRL, Nelson 1981 (LN 11913-1)."""

CRLOsaka1989: _Final[_Code] = _Code("LN", "33093-6", "CRL, Osaka 1989", (12013,))
"""CRL, Osaka 1989 (LN 33093-6)."""

CRLRempen1991: _Final[_Code] = _Code("LN", "33094-4", "CRL, Rempen 1991", (12013,))
"""CRL, Rempen 1991 (LN 33094-4)."""

CRLRobinson1975: _Final[_Code] = _Code("LN", "11914-9", "CRL, Robinson 1975", (12013,))
"""CRL, Robinson 1975 (LN 11914-9)."""

CRLShinozuka1996: _Final[_Code] = _Code("LN", "33095-1", "CRL, Shinozuka 1996", (12013,))
"""CRL, Shinozuka 1996 (LN 33095-1)."""

CRLTokyo1986: _Final[_Code] = _Code("LN", "33096-9", "CRL, Tokyo 1986", (12013,))
"""CRL, Tokyo 1986 (LN 33096-9)."""

FibulaJeanty1983: _Final[_Code] = _Code("LN", "33097-7", "Fibula, Jeanty 1983", (12013,))
"""Fibula, Jeanty 1983 (LN 33097-7)."""

FibulaMerz1987: _Final[_Code] = _Code("LN", "11918-0", "Fibula, Merz 1987", (12013,))
"""Fibula, Merz 1987 (LN 11918-0)."""

FLChitty1997: _Final[_Code] = _Code("LN", "33098-5", "FL, Chitty 1997", (12013,))
"""FL, Chitty 1997 (LN 33098-5)."""

FLHadlock1984: _Final[_Code] = _Code("LN", "11920-6", "FL, Hadlock 1984", (12013,))
"""FL, Hadlock 1984 (LN 11920-6)."""

FLHansmann1985: _Final[_Code] = _Code("LN", "11921-4", "FL, Hansmann 1985", (12013,))
"""FL, Hansmann 1985 (LN 11921-4)."""

FLHansmann1986: _Final[_Code] = _Code("LN", "33541-4", "FL, Hansmann 1986", (12013,))
"""FL, Hansmann 1986 (LN 33541-4)."""

FLHohler1982: _Final[_Code] = _Code("LN", "11922-2", "FL, Hohler 1982", (12013,))
"""FL, Hohler 1982 (LN 11922-2)."""

FLJeanty1982: _Final[_Code] = _Code("LN", "33099-3", "FL, Jeanty 1982", (12013,))
"""FL, Jeanty 1982 (LN 33099-3)."""

FLJeanty1984: _Final[_Code] = _Code("LN", "11923-0", "FL, Jeanty 1984", (12013,))
"""FL, Jeanty 1984 (LN 11923-0)."""

FLLessoway1998: _Final[_Code] = _Code("LN", "33100-9", "FL, Lessoway 1998", (12013,))
"""FL, Lessoway 1998 (LN 33100-9)."""

FLMerz1987: _Final[_Code] = _Code("LN", "11924-8", "FL, Merz 1987", (12013,))
"""FL, Merz 1987 (LN 11924-8)."""

FLMerz1988: _Final[_Code] = _Code("LN", "33542-2", "FL, Merz 1988", (12013,))
"""FL, Merz 1988 (LN 33542-2)."""

FLOsaka1989: _Final[_Code] = _Code("LN", "33101-7", "FL, Osaka 1989", (12013,))
"""FL, Osaka 1989 (LN 33101-7)."""

FLShinozuka1996: _Final[_Code] = _Code("LN", "33102-5", "FL, Shinozuka 1996", (12013,))
"""FL, Shinozuka 1996 (LN 33102-5)."""

FLTokyo1986: _Final[_Code] = _Code("LN", "33103-3", "FL, Tokyo 1986", (12013,))
"""FL, Tokyo 1986 (LN 33103-3)."""

FootLengthMercer1987: _Final[_Code] = _Code("LN", "11926-3", "Foot Length, Mercer 1987", (12013,))
"""Foot Length, Mercer 1987 (LN 11926-3)."""

GSDaya1991: _Final[_Code] = _Code("LN", "33104-1", "GS, Daya 1991", (12013,))
"""GS, Daya 1991 (LN 33104-1)."""

GSHansmann1979: _Final[_Code] = _Code("LN", "33105-8", "GS, Hansmann 1979", (12013,))
"""GS, Hansmann 1979 (LN 33105-8)."""

GSHansmann1982: _Final[_Code] = _Code("LN", "33106-6", "GS, Hansmann 1982", (12013,))
"""GS, Hansmann 1982 (LN 33106-6)."""

GSHellman1969: _Final[_Code] = _Code("LN", "11928-9", "GS, Hellman 1969", (12013,))
"""GS, Hellman 1969 (LN 11928-9)."""

GSNyberg1992: _Final[_Code] = _Code("LN", "33107-4", "GS, Nyberg 1992", (12013,))
"""GS, Nyberg 1992 (LN 33107-4)."""

GSRempen1991: _Final[_Code] = _Code("LN", "11929-7", "GS, Rempen 1991", (12013,))
"""GS, Rempen 1991 (LN 11929-7)."""

GSTokyo1986: _Final[_Code] = _Code("LN", "33108-2", "GS, Tokyo 1986", (12013,))
"""GS, Tokyo 1986 (LN 33108-2)."""

HCASUM2000: _Final[_Code] = _Code("LN", "33109-0", "HC, ASUM 2000", (12013,))
"""HC, ASUM 2000 (LN 33109-0)."""

HCMeasuredChitty1997: _Final[_Code] = _Code("LN", "33110-8", "HC measured, Chitty 1997", (12013,))
"""HC measured, Chitty 1997 (LN 33110-8)."""

HCDerivedChitty1997: _Final[_Code] = _Code("LN", "33111-6", "HC derived, Chitty 1997", (12013,))
"""HC derived, Chitty 1997 (LN 33111-6)."""

HCHadlock1984: _Final[_Code] = _Code("LN", "11932-1", "HC, Hadlock 1984", (12013,))
"""HC, Hadlock 1984 (LN 11932-1)."""

HCHansmann1985: _Final[_Code] = _Code("LN", "33112-4", "HC, Hansmann 1985", (12013,))
"""HC, Hansmann 1985 (LN 33112-4)."""

HCHansmann1986: _Final[_Code] = _Code("LN", "33543-0", "HC, Hansmann 1986", (12013,))
"""HC, Hansmann 1986 (LN 33543-0)."""

HCJeanty1982: _Final[_Code] = _Code("LN", "33113-2", "HC, Jeanty 1982", (12013,))
"""HC, Jeanty 1982 (LN 33113-2)."""

HCJeanty1984: _Final[_Code] = _Code("LN", "11934-7", "HC, Jeanty 1984", (12013,))
"""HC, Jeanty 1984 (LN 11934-7)."""

HCLessoway1998: _Final[_Code] = _Code("LN", "33114-0", "HC, Lessoway 1998", (12013,))
"""HC, Lessoway 1998 (LN 33114-0)."""

HCMerz1988: _Final[_Code] = _Code("LN", "33115-7", "HC Merz, 1988", (12013,))
"""HC Merz, 1988 (LN 33115-7)."""

HumerusLengthASUM2000: _Final[_Code] = _Code("LN", "33116-5", "Humerus Length, ASUM 2000", (12013,))
"""Humerus Length, ASUM 2000 (LN 33116-5)."""

HumerusJeanty1984: _Final[_Code] = _Code("LN", "11936-2", "Humerus, Jeanty 1984", (12013,))
"""Humerus, Jeanty 1984 (LN 11936-2)."""

HumerusMerz1987: _Final[_Code] = _Code("LN", "11937-0", "Humerus, Merz 1987", (12013,))
"""Humerus, Merz 1987 (LN 11937-0)."""

HumerusLengthOsaka1989: _Final[_Code] = _Code(
    "LN", "33117-3", "Humerus Length, Osaka 1989", (12013,)
)
"""Humerus Length, Osaka 1989 (LN 33117-3)."""

LengthOfVertebraTokyo1986: _Final[_Code] = _Code(
    "LN", "33118-1", "Length of Vertebra, Tokyo 1986", (12013,)
)
"""Length of Vertebra, Tokyo 1986 (LN 33118-1)."""

OFDASUM2000: _Final[_Code] = _Code("LN", "33119-9", "OFD, ASUM 2000", (12013,))
"""OFD, ASUM 2000 (LN 33119-9)."""

OFDHansmann1985: _Final[_Code] = _Code("LN", "33544-8", "OFD, Hansmann 1985", (12013,))
"""OFD, Hansmann 1985 (LN 33544-8)."""

OFDHansmann1986: _Final[_Code] = _Code("LN", "33120-7", "OFD, Hansmann 1986", (12013,))
"""OFD, Hansmann 1986 (LN 33120-7)."""

OFDLessoway1998: _Final[_Code] = _Code("LN", "33121-5", "OFD, Lessoway 1998", (12013,))
"""OFD, Lessoway 1998 (LN 33121-5)."""

IODMayden1982: _Final[_Code] = _Code("LN", "33122-3", "IOD, Mayden 1982", (12013,))
"""IOD, Mayden 1982 (LN 33122-3)."""

IODTrout1994: _Final[_Code] = _Code("LN", "33123-1", "IOD, Trout 1994", (12013,))
"""IOD, Trout 1994 (LN 33123-1)."""

BDJeanty1982: _Final[_Code] = _Code("LN", "33545-5", "BD, Jeanty 1982", (12013,))
"""BD, Jeanty 1982 (LN 33545-5)."""

OODMayden1982: _Final[_Code] = _Code("LN", "33124-9", "OOD, Mayden, 1982", (12013,))
"""OOD, Mayden, 1982 (LN 33124-9)."""

OODTrout1994: _Final[_Code] = _Code("LN", "33125-6", "OOD, Trout 1994", (12013,))
"""OOD, Trout 1994 (LN 33125-6)."""

RadiusJeanty1983: _Final[_Code] = _Code("LN", "33126-4", "Radius, Jeanty 1983", (12013,))
"""Radius, Jeanty 1983 (LN 33126-4)."""

RadiusMerz1987: _Final[_Code] = _Code("LN", "11939-6", "Radius, Merz 1987", (12013,))
"""Radius, Merz 1987 (LN 11939-6)."""

SpineLengthTokyo1989: _Final[_Code] = _Code("LN", "33127-2", "Spine Length, Tokyo, 1989", (12013,))
"""Spine Length, Tokyo, 1989 (LN 33127-2)."""

TibiaJeanty1984: _Final[_Code] = _Code("LN", "11941-2", "Tibia, Jeanty 1984", (12013,))
"""Tibia, Jeanty 1984 (LN 11941-2)."""

TADEriksen1985: _Final[_Code] = _Code("LN", "33128-0", "TAD, Eriksen 1985", (12013,))
"""TAD, Eriksen 1985 (LN 33128-0)."""

TADHansmann1979: _Final[_Code] = _Code("LN", "33129-8", "TAD Hansmann, 1979", (12013,))
"""TAD Hansmann, 1979 (LN 33129-8)."""

TADTokyo1986: _Final[_Code] = _Code("LN", "33130-6", "TAD, Tokyo 1986", (12013,))
"""TAD, Tokyo 1986 (LN 33130-6)."""

ThcChitkara1987: _Final[_Code] = _Code("LN", "33131-4", "ThC, Chitkara 1987", (12013,))
"""ThC, Chitkara 1987 (LN 33131-4)."""

TCDChitty1994: _Final[_Code] = _Code("LN", "33132-2", "TCD, Chitty 1994", (12013,))
"""TCD, Chitty 1994 (LN 33132-2)."""

TCDGoldstein1987: _Final[_Code] = _Code("LN", "33133-0", "TCD, Goldstein 1987", (12013,))
"""TCD, Goldstein 1987 (LN 33133-0)."""

TCDHill1990: _Final[_Code] = _Code("LN", "33134-8", "TCD, Hill 1990", (12013,))
"""TCD, Hill 1990 (LN 33134-8)."""

TCDNimrod1986: _Final[_Code] = _Code("LN", "33135-5", "TCD, Nimrod 1986", (12013,))
"""TCD, Nimrod 1986 (LN 33135-5)."""

TransverseThoracicDiameterHansmann1985: _Final[_Code] = _Code(
    "LN", "33136-3", "Transverse Thoracic Diameter, Hansmann 1985", (12013,)
)
"""Transverse Thoracic Diameter, Hansmann 1985 (LN 33136-3)."""

TransverseThoracicDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33137-1", "Transverse Thoracic Diameter, Lessoway 1998", (12013,)
)
"""Transverse Thoracic Diameter, Lessoway 1998 (LN 33137-1)."""

FetalTrunkCrossSectionalAreaOsaka1989: _Final[_Code] = _Code(
    "LN", "33138-9", "Fetal Trunk Cross-Sectional Area, Osaka 1989", (12013,)
)
"""Fetal Trunk Cross-Sectional Area, Osaka 1989 (LN 33138-9)."""

UlnaJeanty1984: _Final[_Code] = _Code("LN", "11944-6", "Ulna, Jeanty 1984", (12013,))
"""Ulna, Jeanty 1984 (LN 11944-6)."""

UlnaMerz1987: _Final[_Code] = _Code("LN", "11945-3", "Ulna, Merz 1987", (12013,))
"""Ulna, Merz 1987 (LN 11945-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GestationalAgeByLMP,
    AverageUltrasoundAge,
    ACASUM2000,
    ACCampbell1975,
    ACHadlock1984,
    ACHansmann1985,
    ACJeanty1982,
    ACJeanty1984,
    ACLessoway1998,
    ACMertz1988,
    ACShinozuka1996,
    APAbdominalDiameterLessoway1998,
    AxtShinozuka1996,
    BPDASUM1989,
    BPDDoubilet1993,
    BPDHadlock1984,
    BPDHansmann1985,
    BPDHansmann1986,
    BPDJeanty1982,
    BPDJeanty1984,
    BPDKurtz1980,
    BPDLessoway1998,
    BPDMertz1988,
    BPDOsaka1989,
    BPDRempen1991,
    BPDSabbagha1978,
    BPDShinozuka1996,
    BPDTokyo1986,
    BpdaHadlock1982,
    BPDOiChitty1997,
    BPDOoChitty1997,
    ClavicleLengthYarkoni1985,
    CRLASUM1991,
    CRLASUM2000,
    CRLDaya1993,
    CRLHadlock1992,
    CRLHansmann1985,
    CRLHansmann1986,
    CRLJeanty1982,
    CRLJeanty1984,
    CRLNelson1981,
    CRLOsaka1989,
    CRLRempen1991,
    CRLRobinson1975,
    CRLShinozuka1996,
    CRLTokyo1986,
    FibulaJeanty1983,
    FibulaMerz1987,
    FLChitty1997,
    FLHadlock1984,
    FLHansmann1985,
    FLHansmann1986,
    FLHohler1982,
    FLJeanty1982,
    FLJeanty1984,
    FLLessoway1998,
    FLMerz1987,
    FLMerz1988,
    FLOsaka1989,
    FLShinozuka1996,
    FLTokyo1986,
    FootLengthMercer1987,
    GSDaya1991,
    GSHansmann1979,
    GSHansmann1982,
    GSHellman1969,
    GSNyberg1992,
    GSRempen1991,
    GSTokyo1986,
    HCASUM2000,
    HCMeasuredChitty1997,
    HCDerivedChitty1997,
    HCHadlock1984,
    HCHansmann1985,
    HCHansmann1986,
    HCJeanty1982,
    HCJeanty1984,
    HCLessoway1998,
    HCMerz1988,
    HumerusLengthASUM2000,
    HumerusJeanty1984,
    HumerusMerz1987,
    HumerusLengthOsaka1989,
    LengthOfVertebraTokyo1986,
    OFDASUM2000,
    OFDHansmann1985,
    OFDHansmann1986,
    OFDLessoway1998,
    IODMayden1982,
    IODTrout1994,
    BDJeanty1982,
    OODMayden1982,
    OODTrout1994,
    RadiusJeanty1983,
    RadiusMerz1987,
    SpineLengthTokyo1989,
    TibiaJeanty1984,
    TADEriksen1985,
    TADHansmann1979,
    TADTokyo1986,
    ThcChitkara1987,
    TCDChitty1994,
    TCDGoldstein1987,
    TCDHill1990,
    TCDNimrod1986,
    TransverseThoracicDiameterHansmann1985,
    TransverseThoracicDiameterLessoway1998,
    FetalTrunkCrossSectionalAreaOsaka1989,
    UlnaJeanty1984,
    UlnaMerz1987,
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
