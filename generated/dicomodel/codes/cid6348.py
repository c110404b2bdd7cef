"""CID 6348 Prostate MRI Assessment of Extra-prostatic Anatomic Site.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1405.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6348
NAME: _Final[str] = "Prostate MRI Assessment of Extra-prostatic Anatomic Site"
KEYWORD: _Final[str | None] = "ProstateMRIAssessmentOfExtraprostaticAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1405"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MaleExternalUrethralSphincter: _Final[_Code] = _Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004)."""

NeurovascularBundleOfProstate: _Final[_Code] = _Code(
    "RADLEX", "RID43492", "Neurovascular bundle of prostate", (6348,)
)
"""Neurovascular bundle of prostate (RADLEX RID43492)."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal vesicle (SCT 64739004)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MaleExternalUrethralSphincter,
    NeurovascularBundleOfProstate,
    SeminalVesicle,
    LymphNode,
    Rectum,
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
