"""CID 7186 Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.923.
Includes CID 4033.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7186
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelQualitativeDimensionSampleSemantic"
UID: _Final[str | None] = "1.2.840.10008.6.1.923"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100825"
INCLUDES: _Final[tuple[int, ...]] = (4033,)
EXTERNAL_SCHEME: _Final[str | None] = None

VolumetricDiffusionDxxComponent: _Final[_Code] = _Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: _Final[_Code] = _Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: _Final[_Code] = _Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: _Final[_Code] = _Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: _Final[_Code] = _Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: _Final[_Code] = _Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

RGBRComponent: _Final[_Code] = _Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834)."""

RGBGComponent: _Final[_Code] = _Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835)."""

RGBBComponent: _Final[_Code] = _Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836)."""

YBRFULLYComponent: _Final[_Code] = _Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837)."""

YBRFULLCBComponent: _Final[_Code] = _Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838)."""

YBRFULLCRComponent: _Final[_Code] = _Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839)."""

YBRPARTIALYComponent: _Final[_Code] = _Code(
    "DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186)
)
"""YBR PARTIAL Y Component (DCM 110840)."""

YBRPARTIALCBComponent: _Final[_Code] = _Code(
    "DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186)
)
"""YBR PARTIAL CB Component (DCM 110841)."""

YBRPARTIALCRComponent: _Final[_Code] = _Code(
    "DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186)
)
"""YBR PARTIAL CR Component (DCM 110842)."""

YBRICTYComponent: _Final[_Code] = _Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843)."""

YBRICTCBComponent: _Final[_Code] = _Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844)."""

YBRICTCRComponent: _Final[_Code] = _Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845)."""

YBRRCTYComponent: _Final[_Code] = _Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846)."""

YBRRCTCBComponent: _Final[_Code] = _Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847)."""

YBRRCTCRComponent: _Final[_Code] = _Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848)."""

NAcetylaspartate: _Final[_Code] = _Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007). Included from CID 4033."""

Citrate: _Final[_Code] = _Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004). Included from CID 4033."""

Choline: _Final[_Code] = _Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005). Included from CID 4033."""

Creatine: _Final[_Code] = _Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005). Included from CID 4033."""

CreatineAndCholine: _Final[_Code] = _Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094). Included from CID 4033."""

Lactate: _Final[_Code] = _Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002). Included from CID 4033."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000). Included from CID 4033."""

LipidAndLactate: _Final[_Code] = _Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095). Included from CID 4033."""

GlutamateAndGlutamine: _Final[_Code] = _Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080). Included from CID 4033."""

Glutamine: _Final[_Code] = _Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002). Included from CID 4033."""

Tuarine: _Final[_Code] = _Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007). Included from CID 4033."""

Inositol: _Final[_Code] = _Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009). Included from CID 4033."""

CholineCreatineRatio: _Final[_Code] = _Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081). Included from CID 4033."""

NAcetylaspartateCreatineRatio: _Final[_Code] = _Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082). Included from CID 4033."""

NAcetylaspartateCholineRatio: _Final[_Code] = _Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083). Included from CID 4033."""

CreatineCholineCitrateRatio: _Final[_Code] = _Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096). Included from CID 4033."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VolumetricDiffusionDxxComponent,
    VolumetricDiffusionDxyComponent,
    VolumetricDiffusionDxzComponent,
    VolumetricDiffusionDyyComponent,
    VolumetricDiffusionDyzComponent,
    VolumetricDiffusionDzzComponent,
    RGBRComponent,
    RGBGComponent,
    RGBBComponent,
    YBRFULLYComponent,
    YBRFULLCBComponent,
    YBRFULLCRComponent,
    YBRPARTIALYComponent,
    YBRPARTIALCBComponent,
    YBRPARTIALCRComponent,
    YBRICTYComponent,
    YBRICTCBComponent,
    YBRICTCRComponent,
    YBRRCTYComponent,
    YBRRCTCBComponent,
    YBRRCTCRComponent,
    NAcetylaspartate,
    Citrate,
    Choline,
    Creatine,
    CreatineAndCholine,
    Lactate,
    Lipid,
    LipidAndLactate,
    GlutamateAndGlutamine,
    Glutamine,
    Tuarine,
    Inositol,
    CholineCreatineRatio,
    NAcetylaspartateCreatineRatio,
    NAcetylaspartateCholineRatio,
    CreatineCholineCitrateRatio,
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
