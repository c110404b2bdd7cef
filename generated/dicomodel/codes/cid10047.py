"""CID 10047 GFR Measurement Method.

Extensible, version 20140419, UID 1.2.840.10008.6.1.979.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10047
NAME: _Final[str] = "GFR Measurement Method"
KEYWORD: _Final[str | None] = "GFRMeasurementMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.979"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CockroftGaultFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "DCM", "113570", "Cockroft-Gault Formula estimation of GFR", (10047,)
)
"""Cockroft-Gault Formula estimation of GFR (DCM 113570)."""

CKDEPIFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "DCM", "113571", "CKD-EPI Formula estimation of GFR", (10047,)
)
"""CKD-EPI Formula estimation of GFR (DCM 113571)."""

GlomerularFiltrationRateMDRD: _Final[_Code] = _Code(
    "DCM", "113572", "Glomerular Filtration Rate (MDRD)", (10047,)
)
"""Glomerular Filtration Rate (MDRD) (DCM 113572)."""

GlomerularFiltrationRateNonBlackMDRD: _Final[_Code] = _Code(
    "DCM", "113573", "Glomerular Filtration Rate non-black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate non-black (MDRD) (DCM 113573)."""

GlomerularFiltrationRateBlackMDRD: _Final[_Code] = _Code(
    "DCM", "113574", "Glomerular Filtration Rate black (MDRD)", (10047,)
)
"""Glomerular Filtration Rate black (MDRD) (DCM 113574)."""

GlomerularFiltrationRateFemaleMDRD: _Final[_Code] = _Code(
    "DCM", "113575", "Glomerular Filtration Rate female (MDRD)", (10047,)
)
"""Glomerular Filtration Rate female (MDRD) (DCM 113575)."""

GlomerularFiltrationRateCystatinBasedFormula: _Final[_Code] = _Code(
    "DCM", "113576", "Glomerular Filtration Rate Cystatin-based formula", (10047,)
)
"""Glomerular Filtration Rate Cystatin-based formula (DCM 113576)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_Code] = _Code(
    "DCM", "113577", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10047,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (DCM 113577)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
