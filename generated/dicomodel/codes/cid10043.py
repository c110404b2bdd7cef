"""CID 10043 Intravenous Extravasation Symptom.

Extensible, version 20210328, UID 1.2.840.10008.6.1.975.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10043
NAME: _Final[str] = "Intravenous Extravasation Symptom"
KEYWORD: _Final[str | None] = "IntravenousExtravasationSymptom"
UID: _Final[str | None] = "1.2.840.10008.6.1.975"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InjectionSiteAbscess: _Final[_Code] = _Code("SCT", "95382004", "Injection site abscess", (10043,))
"""Injection site abscess (SCT 95382004)."""

InjectionSiteAnesthesia: _Final[_Code] = _Code(
    "SCT", "95398006", "Injection site anesthesia", (10043,)
)
"""Injection site anesthesia (SCT 95398006)."""

InjectionSiteAtrophy: _Final[_Code] = _Code("SCT", "95404001", "Injection site atrophy", (10043,))
"""Injection site atrophy (SCT 95404001)."""

InjectionSiteBruising: _Final[_Code] = _Code("SCT", "95401009", "Injection site bruising", (10043,))
"""Injection site bruising (SCT 95401009)."""

InjectionSiteBurning: _Final[_Code] = _Code("SCT", "95389008", "Injection site burning", (10043,))
"""Injection site burning (SCT 95389008)."""

InjectionSiteCyst: _Final[_Code] = _Code("SCT", "95396005", "Injection site cyst", (10043,))
"""Injection site cyst (SCT 95396005)."""

InjectionSiteDermatitis: _Final[_Code] = _Code(
    "SCT", "95393002", "Injection site dermatitis", (10043,)
)
"""Injection site dermatitis (SCT 95393002)."""

InjectionSiteDisorder: _Final[_Code] = _Code("SCT", "95376002", "Injection site disorder", (10043,))
"""Injection site disorder (SCT 95376002)."""

InjectionSiteEdema: _Final[_Code] = _Code("SCT", "95392007", "Injection site edema", (10043,))
"""Injection site edema (SCT 95392007)."""

InjectionSiteFibrosis: _Final[_Code] = _Code("SCT", "95403007", "Injection site fibrosis", (10043,))
"""Injection site fibrosis (SCT 95403007)."""

InjectionSiteGranuloma: _Final[_Code] = _Code(
    "SCT", "24389009", "Injection site granuloma", (10043,)
)
"""Injection site granuloma (SCT 24389009)."""

InjectionSiteHemorrhage: _Final[_Code] = _Code(
    "SCT", "95385002", "Injection site hemorrhage", (10043,)
)
"""Injection site hemorrhage (SCT 95385002)."""

InjectionSiteHypersensitivity: _Final[_Code] = _Code(
    "SCT", "95378001", "Injection site hypersensitivity", (10043,)
)
"""Injection site hypersensitivity (SCT 95378001)."""

InjectionSiteInduration: _Final[_Code] = _Code(
    "SCT", "95402002", "Injection site induration", (10043,)
)
"""Injection site induration (SCT 95402002)."""

InjectionSiteInfection: _Final[_Code] = _Code(
    "SCT", "95381006", "Injection site infection", (10043,)
)
"""Injection site infection (SCT 95381006)."""

InjectionSiteInflammation: _Final[_Code] = _Code(
    "SCT", "95391000", "Injection site inflammation", (10043,)
)
"""Injection site inflammation (SCT 95391000)."""

InjectionSiteIrritation: _Final[_Code] = _Code(
    "SCT", "95379009", "Injection site irritation", (10043,)
)
"""Injection site irritation (SCT 95379009)."""

InjectionSiteMalabsorption: _Final[_Code] = _Code(
    "SCT", "95387005", "Injection site malabsorption", (10043,)
)
"""Injection site malabsorption (SCT 95387005)."""

InjectionSiteMass: _Final[_Code] = _Code("SCT", "95395009", "Injection site mass", (10043,))
"""Injection site mass (SCT 95395009)."""

InjectionSiteNecrosis: _Final[_Code] = _Code("SCT", "95397001", "Injection site necrosis", (10043,))
"""Injection site necrosis (SCT 95397001)."""

InjectionSiteNerveDamage: _Final[_Code] = _Code(
    "SCT", "95390004", "Injection site nerve damage", (10043,)
)
"""Injection site nerve damage (SCT 95390004)."""

InjectionSitePain: _Final[_Code] = _Code("SCT", "95388000", "Injection site pain", (10043,))
"""Injection site pain (SCT 95388000)."""

InjectionSiteParesthesia: _Final[_Code] = _Code(
    "SCT", "95399003", "Injection site paresthesia", (10043,)
)
"""Injection site paresthesia (SCT 95399003)."""

InjectionSitePigmentationChange: _Final[_Code] = _Code(
    "SCT", "95380007", "Injection site pigmentation change", (10043,)
)
"""Injection site pigmentation change (SCT 95380007)."""

InjectionSiteScar: _Final[_Code] = _Code("SCT", "111017005", "Injection site scar", (10043,))
"""Injection site scar (SCT 111017005)."""

InjectionSiteSterileAbscess: _Final[_Code] = _Code(
    "SCT", "95383009", "Injection site sterile abscess", (10043,)
)
"""Injection site sterile abscess (SCT 95383009)."""

InjectionSiteThrombosis: _Final[_Code] = _Code(
    "SCT", "95386001", "Injection site thrombosis", (10043,)
)
"""Injection site thrombosis (SCT 95386001)."""

InjectionSiteUlcer: _Final[_Code] = _Code("SCT", "95400005", "Injection site ulcer", (10043,))
"""Injection site ulcer (SCT 95400005)."""

InjectionSiteUrticaria: _Final[_Code] = _Code(
    "SCT", "95394008", "Injection site urticaria", (10043,)
)
"""Injection site urticaria (SCT 95394008)."""

ExtravasationVisibleInImage: _Final[_Code] = _Code(
    "DCM", "113568", "Extravasation visible in image", (10043,)
)
"""Extravasation visible in image (DCM 113568)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InjectionSiteAbscess,
    InjectionSiteAnesthesia,
    InjectionSiteAtrophy,
    InjectionSiteBruising,
    InjectionSiteBurning,
    InjectionSiteCyst,
    InjectionSiteDermatitis,
    InjectionSiteDisorder,
    InjectionSiteEdema,
    InjectionSiteFibrosis,
    InjectionSiteGranuloma,
    InjectionSiteHemorrhage,
    InjectionSiteHypersensitivity,
    InjectionSiteInduration,
    InjectionSiteInfection,
    InjectionSiteInflammation,
    InjectionSiteIrritation,
    InjectionSiteMalabsorption,
    InjectionSiteMass,
    InjectionSiteNecrosis,
    InjectionSiteNerveDamage,
    InjectionSitePain,
    InjectionSiteParesthesia,
    InjectionSitePigmentationChange,
    InjectionSiteScar,
    InjectionSiteSterileAbscess,
    InjectionSiteThrombosis,
    InjectionSiteUlcer,
    InjectionSiteUrticaria,
    ExtravasationVisibleInImage,
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
