"""CID 7186 Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.923.
Includes CID 4033.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7186
NAME: Final[str] = "Abstract Multi-dimensional Image Model Qualitative Dimension Sample Semantic"
KEYWORD: Final[str | None] = "AbstractMultiDimensionalImageModelQualitativeDimensionSampleSemantic"
UID: Final[str | None] = "1.2.840.10008.6.1.923"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100825"
INCLUDES: Final[tuple[int, ...]] = (4033,)
EXTERNAL_SCHEME: Final[str | None] = None

VolumetricDiffusionDxxComponent: Final[Code] = Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: Final[Code] = Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: Final[Code] = Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: Final[Code] = Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: Final[Code] = Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: Final[Code] = Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

RGBRComponent: Final[Code] = Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834)."""

RGBGComponent: Final[Code] = Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835)."""

RGBBComponent: Final[Code] = Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836)."""

YBRFULLYComponent: Final[Code] = Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837)."""

YBRFULLCBComponent: Final[Code] = Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838)."""

YBRFULLCRComponent: Final[Code] = Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839)."""

YBRPARTIALYComponent: Final[Code] = Code("DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186))
"""YBR PARTIAL Y Component (DCM 110840)."""

YBRPARTIALCBComponent: Final[Code] = Code("DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186))
"""YBR PARTIAL CB Component (DCM 110841)."""

YBRPARTIALCRComponent: Final[Code] = Code("DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186))
"""YBR PARTIAL CR Component (DCM 110842)."""

YBRICTYComponent: Final[Code] = Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843)."""

YBRICTCBComponent: Final[Code] = Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844)."""

YBRICTCRComponent: Final[Code] = Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845)."""

YBRRCTYComponent: Final[Code] = Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846)."""

YBRRCTCBComponent: Final[Code] = Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847)."""

YBRRCTCRComponent: Final[Code] = Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848)."""

NAcetylaspartate: Final[Code] = Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007). Included from CID 4033."""

Citrate: Final[Code] = Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004). Included from CID 4033."""

Choline: Final[Code] = Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005). Included from CID 4033."""

Creatine: Final[Code] = Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005). Included from CID 4033."""

CreatineAndCholine: Final[Code] = Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094). Included from CID 4033."""

Lactate: Final[Code] = Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002). Included from CID 4033."""

Lipid: Final[Code] = Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000). Included from CID 4033."""

LipidAndLactate: Final[Code] = Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095). Included from CID 4033."""

GlutamateAndGlutamine: Final[Code] = Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080). Included from CID 4033."""

Glutamine: Final[Code] = Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002). Included from CID 4033."""

Tuarine: Final[Code] = Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007). Included from CID 4033."""

Inositol: Final[Code] = Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009). Included from CID 4033."""

CholineCreatineRatio: Final[Code] = Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081). Included from CID 4033."""

NAcetylaspartateCreatineRatio: Final[Code] = Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082). Included from CID 4033."""

NAcetylaspartateCholineRatio: Final[Code] = Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083). Included from CID 4033."""

CreatineCholineCitrateRatio: Final[Code] = Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096). Included from CID 4033."""

MEMBERS: Final[tuple[Code, ...]] = (
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
