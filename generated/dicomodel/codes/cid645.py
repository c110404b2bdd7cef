"""CID 645 Exogenous Substance Origin Tissue.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1110.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 645
NAME: _Final[str] = "Exogenous Substance Origin Tissue"
KEYWORD: _Final[str | None] = "ExogenousSubstanceOriginTissue"
UID: _Final[str | None] = "1.2.840.10008.6.1.1110"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Anus: _Final[_Code] = _Code("SCT", "53505006", "Anus", (645, 4031))
"""Anus (SCT 53505006)."""

AsciticFluid: _Final[_Code] = _Code("SCT", "409615008", "Ascitic fluid", (645,))
"""Ascitic fluid (SCT 409615008)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

Bone: _Final[_Code] = _Code("SCT", "3138006", "Bone", (645, 7166))
"""Bone (SCT 3138006)."""

BoneAndSoftTissue: _Final[_Code] = _Code("DCM", "130407", "Bone and soft tissue", (645,))
"""Bone and soft tissue (DCM 130407)."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

CentralNervousSystem: _Final[_Code] = _Code(
    "SCT", "21483005", "Central nervous system", (645, 7153)
)
"""Central nervous system (SCT 21483005)."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001)."""

ConnectiveTissue: _Final[_Code] = _Code("SCT", "21793004", "Connective tissue", (645, 7166))
"""Connective tissue (SCT 21793004)."""

EmbryonicKidney: _Final[_Code] = _Code("DCM", "127801", "Embryonic kidney", (645,))
"""Embryonic kidney (DCM 127801)."""

HeadAndNeck: _Final[_Code] = _Code("SCT", "774007", "Head and neck", (645, 4028, 4031))
"""Head and neck (SCT 774007)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Lymph: _Final[_Code] = _Code("SCT", "38000004", "Lymph", (645,))
"""Lymph (SCT 38000004)."""

LymphoidTissue: _Final[_Code] = _Code("SCT", "6969002", "Lymphoid tissue", (645, 7166))
"""Lymphoid tissue (SCT 6969002)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph Node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph Node (SCT 59441001)."""

Mesothelium: _Final[_Code] = _Code("SCT", "71400007", "Mesothelium", (645,))
"""Mesothelium (SCT 71400007)."""

Metastasis: _Final[_Code] = _Code("SCT", "128462008", "Metastasis", (645,))
"""Metastasis (SCT 128462008)."""

Mouth: _Final[_Code] = _Code("SCT", "123851003", "Mouth", (4, 645))
"""Mouth (SCT 123851003)."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

PeripheralNerveMyelinSheath: _Final[_Code] = _Code(
    "SCT", "61005006", "Peripheral nerve myelin sheath", (645,)
)
"""Peripheral nerve myelin sheath (SCT 61005006)."""

PleuralEffusion: _Final[_Code] = _Code("SCT", "60046008", "Pleural effusion", (645,))
"""Pleural effusion (SCT 60046008)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

PulmonaryMetastasis: _Final[_Code] = _Code("SCT", "94391008", "Pulmonary metastasis", (645,))
"""Pulmonary metastasis (SCT 94391008)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005)."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001)."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Anus,
    AsciticFluid,
    Bladder,
    Bone,
    BoneAndSoftTissue,
    Brain,
    Breast,
    CentralNervousSystem,
    Cervix,
    Colon,
    ConnectiveTissue,
    EmbryonicKidney,
    HeadAndNeck,
    Kidney,
    Larynx,
    Lung,
    Lymph,
    LymphoidTissue,
    LymphNode,
    Mesothelium,
    Metastasis,
    Mouth,
    Ovary,
    Pancreas,
    PeripheralNerveMyelinSheath,
    PleuralEffusion,
    Prostate,
    PulmonaryMetastasis,
    Rectum,
    SalivaryGland,
    Skin,
    SoftTissue,
    Thyroid,
    Uterus,
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
