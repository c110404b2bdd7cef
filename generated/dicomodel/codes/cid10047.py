"""CID 10047 GFR Measurement Method.

Extensible, version 20140419, UID 1.2.840.10008.6.1.979.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10047
NAME: Final[str] = "GFR Measurement Method"
KEYWORD: Final[str | None] = "GFRMeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.979"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140419"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CockroftGaultFormulaEstimationOfGFR: Final[Code] = Code(
    "DCM", "113570", "Cockroft-Gault Formula estimation of GFR", (10047,)
)
"""Cockroft-Gault Formula estimation of GFR (DCM 113570)."""

CKDEPIFormulaEstimationOfGFR: Final[Code] = Code(
    "DCM", "113571", "CKD-EPI Formula estimation of GFR", (10047,)
)
"""CKD-EPI Formula estimation of GFR (DCM 113571)."""

GlomerularFiltrationRateMDRD: Final[Code] = Code(
    "DCM", "113572", "Glomerular Filtration Rate (MDRD)", (10047,)
)
"""Glomerular Filtration Rate (MDRD) (DCM 113572)."""

GlomerularFiltrationRateNonBlackMDRD: Final[Code] = Code(
    "DCM", "113573", "Glomerular Filtration Rate non-black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate non-black (MDRD) (DCM 113573)."""

GlomerularFiltrationRateBlackMDRD: Final[Code] = Code(
    "DCM", "113574", "Glomerular Filtration Rate black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate black (MDRD) (DCM 113574)."""

GlomerularFiltrationRateFemaleMDRD: Final[Code] = Code(
    "DCM", "113575", "Glomerular Filtration Rate female (MDRD)", (10047,)
)
"""Glomerular Filtration Rate female (MDRD) (DCM 113575)."""

GlomerularFiltrationRateCystatinBasedFormula: Final[Code] = Code(
    "DCM", "113576", "Glomerular Filtration Rate Cystatin-based formula", (10047,)
)
"""Glomerular Filtration Rate Cystatin-based formula (DCM 113576)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: Final[Code] = Code(
    "DCM", "113577", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10047,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (DCM 113577)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CockroftGaultFormulaEstimationOfGFR,
    CKDEPIFormulaEstimationOfGFR,
    GlomerularFiltrationRateMDRD,
    GlomerularFiltrationRateNonBlackMDRD,
    GlomerularFiltrationRateBlackMDRD,
    GlomerularFiltrationRateFemaleMDRD,
    GlomerularFiltrationRateCystatinBasedFormula,
    GlomerularFiltrationRateCreatinineBasedFormulaSchwartz,
)
"""The resolved membership: own members, then those of the included groups, in order."""
