"""CID 12012 OB Equation/Table.

Extensible, version 20030130, UID 1.2.840.10008.6.1.560.
Includes CID 12013, CID 12014, CID 12015, CID 12016.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12012
NAME: _Final[str] = "OB Equation/Table"
KEYWORD: _Final[str | None] = "OBEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.560"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = (12013, 12014, 12015, 12016)
EXTERNAL_SCHEME: _Final[str | None] = None

GestationalAgeByLMP: _Final[_Code] = _Code(
    "LN", "11885-1", "Gestational Age by LMP", (12013, 12019)
)
"""Gestational Age by LMP (LN 11885-1). Included from CID 12013."""

AverageUltrasoundAge: _Final[_Code] = _Code("LN", "11884-4", "Average Ultrasound Age", (12013,))
"""Average Ultrasound Age (LN 11884-4). Included from CID 12013."""

ACASUM2000: _Final[_Code] = _Code("LN", "33072-0", "AC, ASUM 2000", (12013,))
"""AC, ASUM 2000 (LN 33072-0). Included from CID 12013."""

ACCampbell1975: _Final[_Code] = _Code("LN", "11889-3", "AC, Campbell 1975", (12013,))
"""AC, Campbell 1975 (LN 11889-3). Included from CID 12013."""

ACHadlock1984: _Final[_Code] = _Code("LN", "11892-7", "AC, Hadlock 1984", (12013,))
"""AC, Hadlock 1984 (LN 11892-7). Included from CID 12013."""

ACHansmann1985: _Final[_Code] = _Code("LN", "33073-8", "AC, Hansmann1985", (12013,))
"""AC, Hansmann1985 (LN 33073-8). Included from CID 12013."""

ACJeanty1982: _Final[_Code] = _Code("LN", "33537-2", "AC, Jeanty 1982", (12013,))
"""AC, Jeanty 1982 (LN 33537-2). Included from CID 12013."""

ACJeanty1984: _Final[_Code] = _Code("LN", "11893-5", "AC, Jeanty 1984", (12013,))
"""AC, Jeanty 1984 (LN 11893-5). Included from CID 12013."""

ACLessoway1998: _Final[_Code] = _Code("LN", "33074-6", "AC, Lessoway 1998", (12013,))
"""AC, Lessoway 1998 (LN 33074-6). Included from CID 12013."""

ACMertz1988: _Final[_Code] = _Code("LN", "33075-3", "AC, Mertz 1988", (12013,))
"""AC, Mertz 1988 (LN 33075-3). Included from CID 12013."""

ACShinozuka1996: _Final[_Code] = _Code("LN", "33076-1", "AC, Shinozuka 1996", (12013,))
"""AC, Shinozuka 1996 (LN 33076-1). Included from CID 12013."""

APAbdominalDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33077-9", "A-P Abdominal Diameter, Lessoway 1998", (12013,)
)
"""A-P Abdominal Diameter, Lessoway 1998 (LN 33077-9). Included from CID 12013."""

AxtShinozuka1996: _Final[_Code] = _Code("LN", "33078-7", "AxT, Shinozuka 1996", (12013,))
"""AxT, Shinozuka 1996 (LN 33078-7). Included from CID 12013."""

BPDASUM1989: _Final[_Code] = _Code("LN", "33079-5", "BPD, ASUM 1989", (12013,))
"""BPD, ASUM 1989 (LN 33079-5). Included from CID 12013."""

BPDDoubilet1993: _Final[_Code] = _Code("LN", "11900-8", "BPD, Doubilet 1993", (12013,))
"""BPD, Doubilet 1993 (LN 11900-8). Included from CID 12013."""

BPDHadlock1984: _Final[_Code] = _Code("LN", "11902-4", "BPD, Hadlock 1984", (12013,))
"""BPD, Hadlock 1984 (LN 11902-4). Included from CID 12013."""

BPDHansmann1985: _Final[_Code] = _Code("LN", "11903-2", "BPD, Hansmann 1985", (12013,))
"""BPD, Hansmann 1985 (LN 11903-2). Included from CID 12013."""

BPDHansmann1986: _Final[_Code] = _Code("LN", "33538-0", "BPD, Hansmann 1986", (12013,))
"""BPD, Hansmann 1986 (LN 33538-0). Included from CID 12013."""

BPDJeanty1982: _Final[_Code] = _Code("LN", "33539-8", "BPD, Jeanty 1982", (12013,))
"""BPD, Jeanty 1982 (LN 33539-8). Included from CID 12013."""

BPDJeanty1984: _Final[_Code] = _Code("LN", "11905-7", "BPD, Jeanty 1984", (12013,))
"""BPD, Jeanty 1984 (LN 11905-7). Included from CID 12013."""

BPDKurtz1980: _Final[_Code] = _Code("LN", "11906-5", "BPD, Kurtz 1980", (12013,))
"""BPD, Kurtz 1980 (LN 11906-5). Included from CID 12013."""

BPDLessoway1998: _Final[_Code] = _Code("LN", "33080-3", "BPD, Lessoway 1998", (12013,))
"""BPD, Lessoway 1998 (LN 33080-3). Included from CID 12013."""

BPDMertz1988: _Final[_Code] = _Code("LN", "33081-1", "BPD, Mertz 1988", (12013,))
"""BPD, Mertz 1988 (LN 33081-1). Included from CID 12013."""

BPDOsaka1989: _Final[_Code] = _Code("LN", "33082-9", "BPD, Osaka 1989", (12013,))
"""BPD, Osaka 1989 (LN 33082-9). Included from CID 12013."""

BPDRempen1991: _Final[_Code] = _Code("LN", "33083-7", "BPD, Rempen 1991", (12013,))
"""BPD, Rempen 1991 (LN 33083-7). Included from CID 12013."""

BPDSabbagha1978: _Final[_Code] = _Code("LN", "11907-3", "BPD, Sabbagha 1978", (12013,))
"""BPD, Sabbagha 1978 (LN 11907-3). Included from CID 12013."""

BPDShinozuka1996: _Final[_Code] = _Code("LN", "33084-5", "BPD, Shinozuka 1996", (12013,))
"""BPD, Shinozuka 1996 (LN 33084-5). Included from CID 12013."""

BPDTokyo1986: _Final[_Code] = _Code("LN", "33085-2", "BPD, Tokyo 1986", (12013,))
"""BPD, Tokyo 1986 (LN 33085-2). Included from CID 12013."""

BpdaHadlock1982: _Final[_Code] = _Code("LN", "11901-6", "BPDa, Hadlock 1982", (12013,))
"""BPDa, Hadlock 1982 (LN 11901-6). Included from CID 12013."""

BPDOiChitty1997: _Final[_Code] = _Code("LN", "33086-0", "BPD-oi, Chitty 1997", (12013,))
"""BPD-oi, Chitty 1997 (LN 33086-0). Included from CID 12013."""

BPDOoChitty1997: _Final[_Code] = _Code("LN", "33087-8", "BPD-oo, Chitty 1997", (12013,))
"""BPD-oo, Chitty 1997 (LN 33087-8). Included from CID 12013."""

ClavicleLengthYarkoni1985: _Final[_Code] = _Code(
    "LN", "33088-6", "Clavicle length, Yarkoni 1985", (12013,)
)
"""Clavicle length, Yarkoni 1985 (LN 33088-6). Included from CID 12013."""

CRLASUM1991: _Final[_Code] = _Code("LN", "33089-4", "CRL, ASUM 1991", (12013,))
"""CRL, ASUM 1991 (LN 33089-4). Included from CID 12013."""

CRLASUM2000: _Final[_Code] = _Code("LN", "33090-2", "CRL, ASUM 2000", (12013,))
"""CRL, ASUM 2000 (LN 33090-2). Included from CID 12013."""

CRLDaya1993: _Final[_Code] = _Code("LN", "33091-0", "CRL, Daya 1993", (12013,))
"""CRL, Daya 1993 (LN 33091-0). Included from CID 12013."""

CRLHadlock1992: _Final[_Code] = _Code("LN", "11910-7", "CRL, Hadlock 1992", (12013,))
"""CRL, Hadlock 1992 (LN 11910-7). Included from CID 12013."""

CRLHansmann1985: _Final[_Code] = _Code("LN", "11911-5", "CRL, Hansmann 1985", (12013,))
"""CRL, Hansmann 1985 (LN 11911-5). Included from CID 12013."""

CRLHansmann1986: _Final[_Code] = _Code("LN", "33540-6", "CRL, Hansmann 1986", (12013,))
"""CRL, Hansmann 1986 (LN 33540-6). Included from CID 12013."""

CRLJeanty1982: _Final[_Code] = _Code("LN", "33092-8", "CRL, Jeanty 1982", (12013,))
"""CRL, Jeanty 1982 (LN 33092-8). Included from CID 12013."""

CRLJeanty1984: _Final[_Code] = _Code("LN", "11917-2", "CRL, Jeanty 1984", (12013,))
"""CRL, Jeanty 1984 (LN 11917-2). Included from CID 12013."""

CRLNelson1981: _Final[_Code] = _Code("LN", "11913-1", "CRL, Nelson 1981", (12013,))
"""CRL, Nelson 1981 (LN 11913-1). Included from CID 12013."""

CRLOsaka1989: _Final[_Code] = _Code("LN", "33093-6", "CRL, Osaka 1989", (12013,))
"""CRL, Osaka 1989 (LN 33093-6). Included from CID 12013."""

CRLRempen1991: _Final[_Code] = _Code("LN", "33094-4", "CRL, Rempen 1991", (12013,))
"""CRL, Rempen 1991 (LN 33094-4). Included from CID 12013."""

CRLRobinson1975: _Final[_Code] = _Code("LN", "11914-9", "CRL, Robinson 1975", (12013,))
"""CRL, Robinson 1975 (LN 11914-9). Included from CID 12013."""

CRLShinozuka1996: _Final[_Code] = _Code("LN", "33095-1", "CRL, Shinozuka 1996", (12013,))
"""CRL, Shinozuka 1996 (LN 33095-1). Included from CID 12013."""

CRLTokyo1986: _Final[_Code] = _Code("LN", "33096-9", "CRL, Tokyo 1986", (12013,))
"""CRL, Tokyo 1986 (LN 33096-9). Included from CID 12013."""

FibulaJeanty1983: _Final[_Code] = _Code("LN", "33097-7", "Fibula, Jeanty 1983", (12013,))
"""Fibula, Jeanty 1983 (LN 33097-7). Included from CID 12013."""

FibulaMerz1987: _Final[_Code] = _Code("LN", "11918-0", "Fibula, Merz 1987", (12013,))
"""Fibula, Merz 1987 (LN 11918-0). Included from CID 12013."""

FLChitty1997: _Final[_Code] = _Code("LN", "33098-5", "FL, Chitty 1997", (12013,))
"""FL, Chitty 1997 (LN 33098-5). Included from CID 12013."""

FLHadlock1984: _Final[_Code] = _Code("LN", "11920-6", "FL, Hadlock 1984", (12013,))
"""FL, Hadlock 1984 (LN 11920-6). Included from CID 12013."""

FLHansmann1985: _Final[_Code] = _Code("LN", "11921-4", "FL, Hansmann 1985", (12013,))
"""FL, Hansmann 1985 (LN 11921-4). Included from CID 12013."""

FLHansmann1986: _Final[_Code] = _Code("LN", "33541-4", "FL, Hansmann 1986", (12013,))
"""FL, Hansmann 1986 (LN 33541-4). Included from CID 12013."""

FLHohler1982: _Final[_Code] = _Code("LN", "11922-2", "FL, Hohler 1982", (12013,))
"""FL, Hohler 1982 (LN 11922-2). Included from CID 12013."""

FLJeanty1982: _Final[_Code] = _Code("LN", "33099-3", "FL, Jeanty 1982", (12013,))
"""FL, Jeanty 1982 (LN 33099-3). Included from CID 12013."""

FLJeanty1984: _Final[_Code] = _Code("LN", "11923-0", "FL, Jeanty 1984", (12013,))
"""FL, Jeanty 1984 (LN 11923-0). Included from CID 12013."""

FLLessoway1998: _Final[_Code] = _Code("LN", "33100-9", "FL, Lessoway 1998", (12013,))
"""FL, Lessoway 1998 (LN 33100-9). Included from CID 12013."""

FLMerz1987: _Final[_Code] = _Code("LN", "11924-8", "FL, Merz 1987", (12013,))
"""FL, Merz 1987 (LN 11924-8). Included from CID 12013."""

FLMerz1988: _Final[_Code] = _Code("LN", "33542-2", "FL, Merz 1988", (12013,))
"""FL, Merz 1988 (LN 33542-2). Included from CID 12013."""

FLOsaka1989: _Final[_Code] = _Code("LN", "33101-7", "FL, Osaka 1989", (12013,))
"""FL, Osaka 1989 (LN 33101-7). Included from CID 12013."""

FLShinozuka1996: _Final[_Code] = _Code("LN", "33102-5", "FL, Shinozuka 1996", (12013,))
"""FL, Shinozuka 1996 (LN 33102-5). Included from CID 12013."""

FLTokyo1986: _Final[_Code] = _Code("LN", "33103-3", "FL, Tokyo 1986", (12013,))
"""FL, Tokyo 1986 (LN 33103-3). Included from CID 12013."""

FootLengthMercer1987: _Final[_Code] = _Code("LN", "11926-3", "Foot Length, Mercer 1987", (12013,))
"""Foot Length, Mercer 1987 (LN 11926-3). Included from CID 12013."""

GSDaya1991: _Final[_Code] = _Code("LN", "33104-1", "GS, Daya 1991", (12013,))
"""GS, Daya 1991 (LN 33104-1). Included from CID 12013."""

GSHansmann1979: _Final[_Code] = _Code("LN", "33105-8", "GS, Hansmann 1979", (12013,))
"""GS, Hansmann 1979 (LN 33105-8). Included from CID 12013."""

GSHansmann1982: _Final[_Code] = _Code("LN", "33106-6", "GS, Hansmann 1982", (12013,))
"""GS, Hansmann 1982 (LN 33106-6). Included from CID 12013."""

GSHellman1969: _Final[_Code] = _Code("LN", "11928-9", "GS, Hellman 1969", (12013,))
"""GS, Hellman 1969 (LN 11928-9). Included from CID 12013."""

GSNyberg1992: _Final[_Code] = _Code("LN", "33107-4", "GS, Nyberg 1992", (12013,))
"""GS, Nyberg 1992 (LN 33107-4). Included from CID 12013."""

GSRempen1991: _Final[_Code] = _Code("LN", "11929-7", "GS, Rempen 1991", (12013,))
"""GS, Rempen 1991 (LN 11929-7). Included from CID 12013."""

GSTokyo1986: _Final[_Code] = _Code("LN", "33108-2", "GS, Tokyo 1986", (12013,))
"""GS, Tokyo 1986 (LN 33108-2). Included from CID 12013."""

HCASUM2000: _Final[_Code] = _Code("LN", "33109-0", "HC, ASUM 2000", (12013,))
"""HC, ASUM 2000 (LN 33109-0). Included from CID 12013."""

HCMeasuredChitty1997: _Final[_Code] = _Code("LN", "33110-8", "HC measured, Chitty 1997", (12013,))
"""HC measured, Chitty 1997 (LN 33110-8). Included from CID 12013."""

HCDerivedChitty1997: _Final[_Code] = _Code("LN", "33111-6", "HC derived, Chitty 1997", (12013,))
"""HC derived, Chitty 1997 (LN 33111-6). Included from CID 12013."""

HCHadlock1984: _Final[_Code] = _Code("LN", "11932-1", "HC, Hadlock 1984", (12013,))
"""HC, Hadlock 1984 (LN 11932-1). Included from CID 12013."""

HCHansmann1985: _Final[_Code] = _Code("LN", "33112-4", "HC, Hansmann 1985", (12013,))
"""HC, Hansmann 1985 (LN 33112-4). Included from CID 12013."""

HCHansmann1986: _Final[_Code] = _Code("LN", "33543-0", "HC, Hansmann 1986", (12013,))
"""HC, Hansmann 1986 (LN 33543-0). Included from CID 12013."""

HCJeanty1982: _Final[_Code] = _Code("LN", "33113-2", "HC, Jeanty 1982", (12013,))
"""HC, Jeanty 1982 (LN 33113-2). Included from CID 12013."""

HCJeanty1984: _Final[_Code] = _Code("LN", "11934-7", "HC, Jeanty 1984", (12013,))
"""HC, Jeanty 1984 (LN 11934-7). Included from CID 12013."""

HCLessoway1998: _Final[_Code] = _Code("LN", "33114-0", "HC, Lessoway 1998", (12013,))
"""HC, Lessoway 1998 (LN 33114-0). Included from CID 12013."""

HCMerz1988: _Final[_Code] = _Code("LN", "33115-7", "HC Merz, 1988", (12013,))
"""HC Merz, 1988 (LN 33115-7). Included from CID 12013."""

HumerusLengthASUM2000: _Final[_Code] = _Code("LN", "33116-5", "Humerus Length, ASUM 2000", (12013,))
"""Humerus Length, ASUM 2000 (LN 33116-5). Included from CID 12013."""

HumerusJeanty1984: _Final[_Code] = _Code("LN", "11936-2", "Humerus, Jeanty 1984", (12013,))
"""Humerus, Jeanty 1984 (LN 11936-2). Included from CID 12013."""

HumerusMerz1987: _Final[_Code] = _Code("LN", "11937-0", "Humerus, Merz 1987", (12013,))
"""Humerus, Merz 1987 (LN 11937-0). Included from CID 12013."""

HumerusLengthOsaka1989: _Final[_Code] = _Code(
    "LN", "33117-3", "Humerus Length, Osaka 1989", (12013,)
)
"""Humerus Length, Osaka 1989 (LN 33117-3). Included from CID 12013."""

LengthOfVertebraTokyo1986: _Final[_Code] = _Code(
    "LN", "33118-1", "Length of Vertebra, Tokyo 1986", (12013,)
)
"""Length of Vertebra, Tokyo 1986 (LN 33118-1). Included from CID 12013."""

OFDASUM2000: _Final[_Code] = _Code("LN", "33119-9", "OFD, ASUM 2000", (12013,))
"""OFD, ASUM 2000 (LN 33119-9). Included from CID 12013."""

OFDHansmann1985: _Final[_Code] = _Code("LN", "33544-8", "OFD, Hansmann 1985", (12013,))
"""OFD, Hansmann 1985 (LN 33544-8). Included from CID 12013."""

OFDHansmann1986: _Final[_Code] = _Code("LN", "33120-7", "OFD, Hansmann 1986", (12013,))
"""OFD, Hansmann 1986 (LN 33120-7). Included from CID 12013."""

OFDLessoway1998: _Final[_Code] = _Code("LN", "33121-5", "OFD, Lessoway 1998", (12013,))
"""OFD, Lessoway 1998 (LN 33121-5). Included from CID 12013."""

IODMayden1982: _Final[_Code] = _Code("LN", "33122-3", "IOD, Mayden 1982", (12013,))
"""IOD, Mayden 1982 (LN 33122-3). Included from CID 12013."""

IODTrout1994: _Final[_Code] = _Code("LN", "33123-1", "IOD, Trout 1994", (12013,))
"""IOD, Trout 1994 (LN 33123-1). Included from CID 12013."""

BDJeanty1982: _Final[_Code] = _Code("LN", "33545-5", "BD, Jeanty 1982", (12013,))
"""BD, Jeanty 1982 (LN 33545-5). Included from CID 12013."""

OODMayden1982: _Final[_Code] = _Code("LN", "33124-9", "OOD, Mayden, 1982", (12013,))
"""OOD, Mayden, 1982 (LN 33124-9). Included from CID 12013."""

OODTrout1994: _Final[_Code] = _Code("LN", "33125-6", "OOD, Trout 1994", (12013,))
"""OOD, Trout 1994 (LN 33125-6). Included from CID 12013."""

RadiusJeanty1983: _Final[_Code] = _Code("LN", "33126-4", "Radius, Jeanty 1983", (12013,))
"""Radius, Jeanty 1983 (LN 33126-4). Included from CID 12013."""

RadiusMerz1987: _Final[_Code] = _Code("LN", "11939-6", "Radius, Merz 1987", (12013,))
"""Radius, Merz 1987 (LN 11939-6). Included from CID 12013."""

SpineLengthTokyo1989: _Final[_Code] = _Code("LN", "33127-2", "Spine Length, Tokyo, 1989", (12013,))
"""Spine Length, Tokyo, 1989 (LN 33127-2). Included from CID 12013."""

TibiaJeanty1984: _Final[_Code] = _Code("LN", "11941-2", "Tibia, Jeanty 1984", (12013,))
"""Tibia, Jeanty 1984 (LN 11941-2). Included from CID 12013."""

TADEriksen1985: _Final[_Code] = _Code("LN", "33128-0", "TAD, Eriksen 1985", (12013,))
"""TAD, Eriksen 1985 (LN 33128-0). Included from CID 12013."""

TADHansmann1979: _Final[_Code] = _Code("LN", "33129-8", "TAD Hansmann, 1979", (12013,))
"""TAD Hansmann, 1979 (LN 33129-8). Included from CID 12013."""

TADTokyo1986: _Final[_Code] = _Code("LN", "33130-6", "TAD, Tokyo 1986", (12013,))
"""TAD, Tokyo 1986 (LN 33130-6). Included from CID 12013."""

ThcChitkara1987: _Final[_Code] = _Code("LN", "33131-4", "ThC, Chitkara 1987", (12013,))
"""ThC, Chitkara 1987 (LN 33131-4). Included from CID 12013."""

TCDChitty1994: _Final[_Code] = _Code("LN", "33132-2", "TCD, Chitty 1994", (12013,))
"""TCD, Chitty 1994 (LN 33132-2). Included from CID 12013."""

TCDGoldstein1987: _Final[_Code] = _Code("LN", "33133-0", "TCD, Goldstein 1987", (12013,))
"""TCD, Goldstein 1987 (LN 33133-0). Included from CID 12013."""

TCDHill1990: _Final[_Code] = _Code("LN", "33134-8", "TCD, Hill 1990", (12013,))
"""TCD, Hill 1990 (LN 33134-8). Included from CID 12013."""

TCDNimrod1986: _Final[_Code] = _Code("LN", "33135-5", "TCD, Nimrod 1986", (12013,))
"""TCD, Nimrod 1986 (LN 33135-5). Included from CID 12013."""

TransverseThoracicDiameterHansmann1985: _Final[_Code] = _Code(
    "LN", "33136-3", "Transverse Thoracic Diameter, Hansmann 1985", (12013,)
)
"""Transverse Thoracic Diameter, Hansmann 1985 (LN 33136-3). Included from CID 12013."""

TransverseThoracicDiameterLessoway1998: _Final[_Code] = _Code(
    "LN", "33137-1", "Transverse Thoracic Diameter, Lessoway 1998", (12013,)
)
"""Transverse Thoracic Diameter, Lessoway 1998 (LN 33137-1). Included from CID 12013."""

FetalTrunkCrossSectionalAreaOsaka1989: _Final[_Code] = _Code(
    "LN", "33138-9", "Fetal Trunk Cross-Sectional Area, Osaka 1989", (12013,)
)
"""Fetal Trunk Cross-Sectional Area, Osaka 1989 (LN 33138-9). Included from CID 12013."""

UlnaJeanty1984: _Final[_Code] = _Code("LN", "11944-6", "Ulna, Jeanty 1984", (12013,))
"""Ulna, Jeanty 1984 (LN 11944-6). Included from CID 12013."""

UlnaMerz1987: _Final[_Code] = _Code("LN", "11945-3", "Ulna, Merz 1987", (12013,))
"""Ulna, Merz 1987 (LN 11945-3). Included from CID 12013."""

EFWByACCampbell1975: _Final[_Code] = _Code("LN", "11756-4", "EFW by AC, Campbell 1975", (12014,))
"""EFW by AC, Campbell 1975 (LN 11756-4). Included from CID 12014."""

EFWByACBPDHadlock1984: _Final[_Code] = _Code(
    "LN", "11738-2", "EFW by AC, BPD, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, Hadlock 1984 (LN 11738-2). Included from CID 12014."""

EFWByACBPDFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11734-1", "EFW by AC, BPD, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1984 (LN 11734-1). Included from CID 12014."""

EFWByACBPDFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11735-8", "EFW by AC, BPD, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1985 (LN 11735-8). Included from CID 12014."""

EFWByACBPDFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11732-5", "EFW by AC, BPD, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, HC, Hadlock 1985 (LN 11732-5). Included from CID 12014."""

EFWByACFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11750-7", "EFW by AC, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, FL, Hadlock 1984 (LN 11750-7). Included from CID 12014."""

EFWByACFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11751-5", "EFW by AC, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, Hadlock 1985 (LN 11751-5). Included from CID 12014."""

EFWByACFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11746-5", "EFW by AC, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, HC, Hadlock 1985 (LN 11746-5). Included from CID 12014."""

EFWByACHCHadlock1984: _Final[_Code] = _Code("LN", "11754-9", "EFW by AC, HC Hadlock 1984", (12014,))
"""EFW by AC, HC Hadlock 1984 (LN 11754-9). Included from CID 12014."""

EFWByBPDTTDHansmann1986: _Final[_Code] = _Code(
    "LN", "33139-7", "EFW by BPD, TTD, Hansmann 1986", (12014,)
)
"""EFW by BPD, TTD, Hansmann 1986 (LN 33139-7). Included from CID 12014."""

EFWByACAndBPDShepard1982: _Final[_Code] = _Code(
    "LN", "11739-0", "EFW by AC and BPD, Shepard 1982", (12014,)
)
"""EFW by AC and BPD, Shepard 1982 (LN 11739-0). Included from CID 12014."""

EFWByBPDFTAFLOsaka1990: _Final[_Code] = _Code(
    "LN", "33140-5", "EFW by BPD, FTA, FL, Osaka 1990", (12014,)
)
"""EFW by BPD, FTA, FL, Osaka 1990 (LN 33140-5). Included from CID 12014."""

EFW1ByShinozuka1996: _Final[_Code] = _Code("LN", "33141-3", "EFW1 by Shinozuka 1996", (12014,))
"""EFW1 by Shinozuka 1996 (LN 33141-3). Included from CID 12014."""

EFW2ByShinozuka1996: _Final[_Code] = _Code("LN", "33142-1", "EFW2 by Shinozuka 1996", (12014,))
"""EFW2 by Shinozuka 1996 (LN 33142-1). Included from CID 12014."""

EFW3ByShinozuka1996: _Final[_Code] = _Code("LN", "33143-9", "EFW3 by Shinozuka 1996", (12014,))
"""EFW3 by Shinozuka 1996 (LN 33143-9). Included from CID 12014."""

EFWByBPDAPADTADFLTokyo1987: _Final[_Code] = _Code(
    "LN", "33144-7", "EFW by BPD, APAD, TAD, FL, Tokyo 1987", (12014,)
)
"""EFW by BPD, APAD, TAD, FL, Tokyo 1987 (LN 33144-7). Included from CID 12014."""

ACByGAASUM2000: _Final[_Code] = _Code("LN", "33145-4", "AC by GA, ASUM 2000", (12015,))
"""AC by GA, ASUM 2000 (LN 33145-4). Included from CID 12015."""

ACByGAHadlock1984: _Final[_Code] = _Code("LN", "33146-2", "AC by GA, Hadlock 1984", (12015,))
"""AC by GA, Hadlock 1984 (LN 33146-2). Included from CID 12015."""

ACMeasuredByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33147-0", "AC (measured) by GA, Chitty 1994", (12015,)
)
"""AC (measured) by GA, Chitty 1994 (LN 33147-0). Included from CID 12015."""

ACDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33546-3", "AC (derived) by GA, Chitty 1994", (12015,)
)
"""AC (derived) by GA, Chitty 1994 (LN 33546-3). Included from CID 12015."""

ACByGAMerz1988: _Final[_Code] = _Code("LN", "33148-8", "AC by GA, Merz 1988", (12015,))
"""AC by GA, Merz 1988 (LN 33148-8). Included from CID 12015."""

ACByGAShinozuka1996: _Final[_Code] = _Code("LN", "33149-6", "AC by GA, Shinozuka 1996", (12015,))
"""AC by GA, Shinozuka 1996 (LN 33149-6). Included from CID 12015."""

AxtByGAShinozuka1996: _Final[_Code] = _Code("LN", "33150-4", "AxT by GA, Shinozuka 1996", (12015,))
"""AxT by GA, Shinozuka 1996 (LN 33150-4). Included from CID 12015."""

BPDByGAASUM2000: _Final[_Code] = _Code("LN", "33151-2", "BPD by GA, ASUM 2000", (12015,))
"""BPD by GA, ASUM 2000 (LN 33151-2). Included from CID 12015."""

BPDByGAHadlock1984: _Final[_Code] = _Code("LN", "33198-3", "BPD by GA, Hadlock 1984", (12015,))
"""BPD by GA, Hadlock 1984 (LN 33198-3). Included from CID 12015."""

BPDOuterInnerByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33556-2", "BPD outer-inner by GA, Chitty 1994", (12015,)
)
"""BPD outer-inner by GA, Chitty 1994 (LN 33556-2). Included from CID 12015."""

BPDOuterOuterByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33152-0", "BPD outer-outer by GA, Chitty 1994", (12015,)
)
"""BPD outer-outer by GA, Chitty 1994 (LN 33152-0). Included from CID 12015."""

BPDByGAJeanty1982: _Final[_Code] = _Code("LN", "33153-8", "BPD by GA, Jeanty 1982", (12015,))
"""BPD by GA, Jeanty 1982 (LN 33153-8). Included from CID 12015."""

BPDByGAMerz1988: _Final[_Code] = _Code("LN", "33154-6", "BPD by GA, Merz 1988", (12015,))
"""BPD by GA, Merz 1988 (LN 33154-6). Included from CID 12015."""

BPDByGARempen1991: _Final[_Code] = _Code("LN", "33155-3", "BPD by GA, Rempen 1991", (12015,))
"""BPD by GA, Rempen 1991 (LN 33155-3). Included from CID 12015."""

BPDByGAShinozuka1996: _Final[_Code] = _Code("LN", "33156-1", "BPD by GA, Shinozuka 1996", (12015,))
"""BPD by GA, Shinozuka 1996 (LN 33156-1). Included from CID 12015."""

CephalicIndexByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33157-9", "Cephalic Index by GA, Chitty 1994", (12015,)
)
"""Cephalic Index by GA, Chitty 1994 (LN 33157-9). Included from CID 12015."""

CephalicIndexByGAHadlock1981: _Final[_Code] = _Code(
    "LN", "33158-7", "Cephalic Index by GA, Hadlock 1981", (12015,)
)
"""Cephalic Index by GA, Hadlock 1981 (LN 33158-7). Included from CID 12015."""

CRLByGAASUM2000: _Final[_Code] = _Code("LN", "33159-5", "CRL by GA ASUM 2000", (12015,))
"""CRL by GA ASUM 2000 (LN 33159-5). Included from CID 12015."""

CRLByGARempen1991: _Final[_Code] = _Code("LN", "33160-3", "CRL by GA, Rempen1991", (12015,))
"""CRL by GA, Rempen1991 (LN 33160-3). Included from CID 12015."""

CRLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33161-1", "CRL by GA, Shinozuka 1996", (12015,))
"""CRL by GA, Shinozuka 1996 (LN 33161-1). Included from CID 12015."""

EFWByGAHadlock1991: _Final[_Code] = _Code("LN", "33162-9", "EFW by GA, Hadlock 1991", (12015,))
"""EFW by GA, Hadlock 1991 (LN 33162-9). Included from CID 12015."""

EFWByGAHansmann1986: _Final[_Code] = _Code("LN", "33163-7", "EFW by GA, Hansmann 1986", (12015,))
"""EFW by GA, Hansmann 1986 (LN 33163-7). Included from CID 12015."""

FibulaByGAJeanty1983: _Final[_Code] = _Code("LN", "33164-5", "Fibula by GA, Jeanty 1983", (12015,))
"""Fibula by GA, Jeanty 1983 (LN 33164-5). Included from CID 12015."""

FLByGAASUM2000: _Final[_Code] = _Code("LN", "33165-2", "FL by GA, ASUM 2000", (12015,))
"""FL by GA, ASUM 2000 (LN 33165-2). Included from CID 12015."""

FLByGAHadlock1984: _Final[_Code] = _Code("LN", "33166-0", "FL by GA, Hadlock 1984", (12015,))
"""FL by GA, Hadlock 1984 (LN 33166-0). Included from CID 12015."""

FLByGAChitty1994: _Final[_Code] = _Code("LN", "33167-8", "FL by GA, Chitty 1994", (12015,))
"""FL by GA, Chitty 1994 (LN 33167-8). Included from CID 12015."""

FLByGAJeanty1982: _Final[_Code] = _Code("LN", "33168-6", "FL by GA, Jeanty 1982", (12015,))
"""FL by GA, Jeanty 1982 (LN 33168-6). Included from CID 12015."""

FLByGAMerz1988: _Final[_Code] = _Code("LN", "33169-4", "FL by GA, Merz 1988", (12015,))
"""FL by GA, Merz 1988 (LN 33169-4). Included from CID 12015."""

FLByGAShinozuka1996: _Final[_Code] = _Code("LN", "33170-2", "FL by GA, Shinozuka 1996", (12015,))
"""FL by GA, Shinozuka 1996 (LN 33170-2). Included from CID 12015."""

GSByGARempen1991: _Final[_Code] = _Code("LN", "33171-0", "GS by GA, Rempen 1991", (12015,))
"""GS by GA, Rempen 1991 (LN 33171-0). Included from CID 12015."""

HCByGAASUM2000: _Final[_Code] = _Code("LN", "33172-8", "HC by GA, ASUM 2000", (12015,))
"""HC by GA, ASUM 2000 (LN 33172-8). Included from CID 12015."""

HCByGAHadlock1984: _Final[_Code] = _Code("LN", "33173-6", "HC by GA, Hadlock 1984", (12015,))
"""HC by GA, Hadlock 1984 (LN 33173-6). Included from CID 12015."""

HCDerivedByGAChitty1994: _Final[_Code] = _Code(
    "LN", "33174-4", "HC derived by GA, Chitty 1994", (12015,)
)
"""HC derived by GA, Chitty 1994 (LN 33174-4). Included from CID 12015."""

HCByGAJeanty1982: _Final[_Code] = _Code("LN", "33175-1", "HC by GA, Jeanty 1982", (12015,))
"""HC by GA, Jeanty 1982 (LN 33175-1). Included from CID 12015."""

HCByGAMerz1988: _Final[_Code] = _Code("LN", "33176-9", "HC by GA, Merz 1988", (12015,))
"""HC by GA, Merz 1988 (LN 33176-9). Included from CID 12015."""

HumerusLengthByGAASUM2000: _Final[_Code] = _Code(
    "LN", "33177-7", "Humerus Length by GA, ASUM 2000", (12015,)
)
"""Humerus Length by GA, ASUM 2000 (LN 33177-7). Included from CID 12015."""

OFDByGAASUM2000: _Final[_Code] = _Code("LN", "33178-5", "OFD by GA, ASUM 2000", (12015,))
"""OFD by GA, ASUM 2000 (LN 33178-5). Included from CID 12015."""

OFDByGAChitty1994: _Final[_Code] = _Code("LN", "33179-3", "OFD by GA, Chitty 1994", (12015,))
"""OFD by GA, Chitty 1994 (LN 33179-3). Included from CID 12015."""

RadiusByGAJeanty1983: _Final[_Code] = _Code("LN", "33180-1", "Radius by GA, Jeanty 1983", (12015,))
"""Radius by GA, Jeanty 1983 (LN 33180-1). Included from CID 12015."""

TCDByGAGoldstein1987: _Final[_Code] = _Code("LN", "33181-9", "TCD by GA Goldstein 1987", (12015,))
"""TCD by GA Goldstein 1987 (LN 33181-9). Included from CID 12015."""

HCACByGACampbell1977: _Final[_Code] = _Code("LN", "80416-1", "HC/AC by GA, Campbell 1977", (12015,))
"""HC/AC by GA, Campbell 1977 (LN 80416-1). Included from CID 12015."""

FWPByGACampbell1991: _Final[_Code] = _Code("DCM", "128040", "FWP by GA, Campbell, 1991", (12016,))
"""FWP by GA, Campbell, 1991 (DCM 128040). Included from CID 12016."""

FWPByGAHadlock1991: _Final[_Code] = _Code("DCM", "128041", "FWP by GA, Hadlock, 1991", (12016,))
"""FWP by GA, Hadlock, 1991 (DCM 128041). Included from CID 12016."""

FWPByGAWilliams1982: _Final[_Code] = _Code("LN", "33184-3", "FWP by GA, Williams, 1982", (12016,))
"""FWP by GA, Williams, 1982 (LN 33184-3). Included from CID 12016."""

FWPByGAAlexander1996: _Final[_Code] = _Code("LN", "33185-0", "FWP by GA, Alexander, 1996", (12016,))
"""FWP by GA, Alexander, 1996 (LN 33185-0). Included from CID 12016."""

MaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33186-8", "Male Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Singleton BWP by GA, Arbuckle 1993 (LN 33186-8). Included from CID 12016."""

FemaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33187-6", "Female Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Singleton BWP by GA, Arbuckle 1993 (LN 33187-6). Included from CID 12016."""

MaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33199-1", "Male Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Twins BWP by GA, Arbuckle 1993 (LN 33199-1). Included from CID 12016."""

FemaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33188-4", "Female Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Twins BWP by GA, Arbuckle 1993 (LN 33188-4). Included from CID 12016."""

FWPByGABrenner1976: _Final[_Code] = _Code("LN", "33189-2", "FWP by GA, Brenner 1976", (12016,))
"""FWP by GA, Brenner 1976 (LN 33189-2). Included from CID 12016."""

FWPByGAHadlock1985: _Final[_Code] = _Code("LN", "33190-0", "FWP by GA, Hadlock 1985", (12016,))
"""FWP by GA, Hadlock 1985 (LN 33190-0). Included from CID 12016."""

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
    EFWByACCampbell1975,
    EFWByACBPDHadlock1984,
    EFWByACBPDFLHadlock1984,
    EFWByACBPDFLHadlock1985,
    EFWByACBPDFLHCHadlock1985,
    EFWByACFLHadlock1984,
    EFWByACFLHadlock1985,
    EFWByACFLHCHadlock1985,
    EFWByACHCHadlock1984,
    EFWByBPDTTDHansmann1986,
    EFWByACAndBPDShepard1982,
    EFWByBPDFTAFLOsaka1990,
    EFW1ByShinozuka1996,
    EFW2ByShinozuka1996,
    EFW3ByShinozuka1996,
    EFWByBPDAPADTADFLTokyo1987,
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
    FWPByGACampbell1991,
    FWPByGAHadlock1991,
    FWPByGAWilliams1982,
    FWPByGAAlexander1996,
    MaleSingletonBWPByGAArbuckle1993,
    FemaleSingletonBWPByGAArbuckle1993,
    MaleTwinsBWPByGAArbuckle1993,
    FemaleTwinsBWPByGAArbuckle1993,
    FWPByGABrenner1976,
    FWPByGAHadlock1985,
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
