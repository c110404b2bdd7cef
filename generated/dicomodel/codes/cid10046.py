"""CID 10046 GFR Measurement.

Extensible, version 20140419, UID 1.2.840.10008.6.1.978.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10046
NAME: _Final[str] = "GFR Measurement"
KEYWORD: _Final[str | None] = "GFRMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.978"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GlomerularFiltrationRateMDRD: _Final[_Code] = _Code(
    "LN", "33914-3", "Glomerular Filtration Rate (MDRD)", (10046,)
)
"""Glomerular Filtration Rate (MDRD) (LN 33914-3)."""

GlomerularFiltrationRateNonBlackMDRD: _Final[_Code] = _Code(
    "LN", "48642-3", "Glomerular Filtration Rate non-black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate non-black (MDRD) (LN 48642-3)."""

GlomerularFiltrationRateBlackMDRD: _Final[_Code] = _Code(
    "LN", "48643-1", "Glomerular Filtration Rate black (MDRD)", (10046,)
)
"""Glomerular Filtration Rate black (MDRD) (LN 48643-1)."""

GlomerularFiltrationRateFemaleMDRD: _Final[_Code] = _Code(
    "LN", "50044-7", "Glomerular Filtration Rate female (MDRD)", (10046,)
)
"""Glomerular Filtration Rate female (MDRD) (LN 50044-7)."""

GlomerularFiltrationRateCystatinBasedFormula: _Final[_Code] = _Code(
    "LN", "50210-4", "Glomerular Filtration Rate Cystatin-based formula", (10046,)
)
"""Glomerular Filtration Rate Cystatin-based formula (LN 50210-4)."""

GlomerularFiltrationRateCreatinineBasedFormulaSchwartz: _Final[_Code] = _Code(
    "LN", "50384-7", "Glomerular Filtration Rate Creatinine-based formula (Schwartz)", (10046,)
)
"""Glomerular Filtration Rate Creatinine-based formula (Schwartz) (LN 50384-7)."""

CockroftGaultFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "LN", "35591-7", "Cockroft-Gault Formula estimation of GFR", (10046,)
)
"""Cockroft-Gault Formula estimation of GFR (LN 35591-7)."""

CKDEPIFormulaEstimationOfGFR: _Final[_Code] = _Code(
    "LN", "62238-1", "CKD-EPI Formula estimation of GFR", (10046,)
)
"""CKD-EPI Formula estimation of GFR (LN 62238-1)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
