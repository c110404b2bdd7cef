"""CID 10046 GFR Measurement.

Extensible, version 20140419, UID 1.2.840.10008.6.1.978.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10046
NAME: Final[str] = "GFR Measurement"
KEYWORD: Final[str | None] = "GFRMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.978"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GlomerularFiltrationRateMDRD: Final[Code] = Code(
    "LN", "33914-3", "Glomerular Filtration Rate (MDRD)", (10046,)
)
"""Glomerular Filtration Rate (MDRD) (LN 33914-3)."""

GlomerularFiltrationRateNonBlackMDRD: Final[Code] = Code(
    "LN", "48642-3", "Glomerular Filtration Rate non-black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate non-black (MDRD) (LN 48642-3)."""

GlomerularFiltrationRateBlackMDRD: Final[Code] = Code(
    "LN", "48643-1", "Glomerular Filtration Rate black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate black (MDRD) (LN 48643-1)."""

GlomerularFiltrationRateFemaleMDRD: Final[Code] = Code(
    "LN", "50044-7", "Glomerular Filtration Rate female (MDRD)", (10046,)
)
"""Glomerular Filtration Rate female (MDRD) (LN 50044-7)."""

GlomerularFiltrationRateCystatinBasedFormula: Final[Code] = Code(
    "LN", "50210-4", "Glomerular Filtration Rate Cystatin-based formula", (10046,)
)
"""Glomerular Filtration Rate Cystatin-based formula (LN 50210-4)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: Final[Code] = Code(
    "LN", "50384-7", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10046,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (LN 50384-7)."""

CockroftGaultFormulaEstimationOfGFR: Final[Code] = Code(
    "LN", "35591-7", "Cockroft-Gault Formula estimation of GFR", (10046,)
)
"""Cockroft-Gault Formula estimation of GFR (LN 35591-7)."""

CKDEPIFormulaEstimationOfGFR: Final[Code] = Code(
    "LN", "62238-1", "CKD-EPI Formula estimation of GFR", (10046,)
)
"""CKD-EPI Formula estimation of GFR (LN 62238-1)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GlomerularFiltrationRateMDRD,
    GlomerularFiltrationRateNonBlackMDRD,
    GlomerularFiltrationRateBlackMDRD,
    GlomerularFiltrationRateFemaleMDRD,
    GlomerularFiltrationRateCystatinBasedFormula,
    GlomerularFiltrationRateCreatinineBasedFormulaSchwartz,
    CockroftGaultFormulaEstimationOfGFR,
    CKDEPIFormulaEstimationOfGFR,
)
"""The resolved membership: own members, then those of the included groups, in order."""
