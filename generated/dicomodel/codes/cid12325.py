"""CID 12325 Liver Ultrasound Study Indication.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1452.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12325
NAME: _Final[str] = "Liver Ultrasound Study Indication"
KEYWORD: _Final[str | None] = "LiverUltrasoundStudyIndication"
UID: _Final[str | None] = "1.2.840.10008.6.1.1452"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220628"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AlcoholicLiverDisease: _Final[_Code] = _Code("SCT", "41309000", "Alcoholic liver disease", (12325,))
"""Alcoholic liver disease (SCT 41309000)."""

CirrhosisOfLiver: _Final[_Code] = _Code("SCT", "19943007", "Cirrhosis of liver", (12325,))
"""Cirrhosis of liver (SCT 19943007)."""

Hepatitis: _Final[_Code] = _Code("SCT", "128241005", "Hepatitis", (12325,))
"""Hepatitis (SCT 128241005)."""

HepatitisB: _Final[_Code] = _Code("SCT", "66071002", "Hepatitis B", (12325,))
"""Hepatitis B (SCT 66071002)."""

HepatitisC: _Final[_Code] = _Code("SCT", "50711007", "Hepatitis C", (12325,))
"""Hepatitis C (SCT 50711007)."""

Hepatomegaly: _Final[_Code] = _Code("SCT", "80515008", "Hepatomegaly", (12325,))
"""Hepatomegaly (SCT 80515008)."""

Jaundice: _Final[_Code] = _Code("SCT", "18165001", "Jaundice", (12325,))
"""Jaundice (SCT 18165001)."""

NonalcoholicFattyLiverDiseaseNAFLD: _Final[_Code] = _Code(
    "SCT", "1231824009", "Nonalcoholic fatty liver disease (NAFLD)", (12325,)
)
"""Nonalcoholic fatty liver disease (NAFLD) (SCT 1231824009)."""

NonalcoholicFattyLiverNAFL: _Final[_Code] = _Code(
    "SCT", "197315008", "Nonalcoholic fatty liver (NAFL)", (12325,)
)
"""Nonalcoholic fatty liver (NAFL) (SCT 197315008)."""

NonalcoholicSteatohepatitisNASH: _Final[_Code] = _Code(
    "SCT", "442685003", "Nonalcoholic steatohepatitis (NASH)", (12325,)
)
"""Nonalcoholic steatohepatitis (NASH) (SCT 442685003)."""

SerumAlanineAminotransferaseLevelRaised: _Final[_Code] = _Code(
    "SCT", "409673008", "Serum alanine aminotransferase level raised", (12325,)
)
"""Serum alanine aminotransferase level raised (SCT 409673008)."""

SerumAlbuminBelowReferenceRange: _Final[_Code] = _Code(
    "SCT", "115347700", "Serum albumin below reference range", (12325,)
)
"""Serum albumin below reference range (SCT 115347700)."""

SerumBilirubinRaised: _Final[_Code] = _Code("SCT", "166612004", "Serum bilirubin raised", (12325,))
"""Serum bilirubin raised (SCT 166612004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AlcoholicLiverDisease,
    CirrhosisOfLiver,
    Hepatitis,
    HepatitisB,
    HepatitisC,
    Hepatomegaly,
    Jaundice,
    NonalcoholicFattyLiverDiseaseNAFLD,
    NonalcoholicFattyLiverNAFL,
    NonalcoholicSteatohepatitisNASH,
    SerumAlanineAminotransferaseLevelRaised,
    SerumAlbuminBelowReferenceRange,
    SerumBilirubinRaised,
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
