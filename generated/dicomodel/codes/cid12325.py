"""CID 12325 Liver Ultrasound Study Indication.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1452.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12325
NAME: Final[str] = "Liver Ultrasound Study Indication"
KEYWORD: Final[str | None] = "LiverUltrasoundStudyIndication"
UID: Final[str | None] = "1.2.840.10008.6.1.1452"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AlcoholicLiverDisease: Final[Code] = Code("SCT", "41309000", "Alcoholic liver disease", (12325,))
"""Alcoholic liver disease (SCT 41309000)."""

CirrhosisOfLiver: Final[Code] = Code("SCT", "19943007", "Cirrhosis of liver", (12325,))
"""Cirrhosis of liver (SCT 19943007)."""

Hepatitis: Final[Code] = Code("SCT", "128241005", "Hepatitis", (12325,))
"""Hepatitis (SCT 128241005)."""

HepatitisB: Final[Code] = Code("SCT", "66071002", "Hepatitis B", (12325,))
"""Hepatitis B (SCT 66071002)."""

HepatitisC: Final[Code] = Code("SCT", "50711007", "Hepatitis C", (12325,))
"""Hepatitis C (SCT 50711007)."""

Hepatomegaly: Final[Code] = Code("SCT", "80515008", "Hepatomegaly", (12325,))
"""Hepatomegaly (SCT 80515008)."""

Jaundice: Final[Code] = Code("SCT", "18165001", "Jaundice", (12325,))
"""Jaundice (SCT 18165001)."""

NonalcoholicFattyLiverDiseaseNAFLD: Final[Code] = Code(
    "SCT", "1231824009", "Nonalcoholic fatty liver disease (NAFLD)", (12325,)
)
"""Nonalcoholic fatty liver disease (NAFLD) (SCT 1231824009)."""

NonalcoholicFattyLiverNAFL: Final[Code] = Code(
    "SCT", "197315008", "Nonalcoholic fatty liver (NAFL)", (12325,)
)
"""Nonalcoholic fatty liver (NAFL) (SCT 197315008)."""

NonalcoholicSteatohepatitisNASH: Final[Code] = Code(
    "SCT", "442685003", "Nonalcoholic steatohepatitis (NASH)", (12325,)
)
"""Nonalcoholic steatohepatitis (NASH) (SCT 442685003)."""

SerumAlanineAminotransferaseLevelRaised: Final[Code] = Code(
    "SCT", "409673008", "Serum alanine aminotransferase level raised", (12325,)
)
"""Serum alanine aminotransferase level raised (SCT 409673008)."""

SerumAlbuminBelowReferenceRange: Final[Code] = Code(
    "SCT", "115347700", "Serum albumin below reference range", (12325,)
)
"""Serum albumin below reference range (SCT 115347700)."""

SerumBilirubinRaised: Final[Code] = Code("SCT", "166612004", "Serum bilirubin raised", (12325,))
"""Serum bilirubin raised (SCT 166612004)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
