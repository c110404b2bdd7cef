"""CID 6348 Prostate MRI Assessment of Extra-prostatic Anatomic Site.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1405.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6348
NAME: Final[str] = "Prostate MRI Assessment of Extra-prostatic Anatomic Site"
KEYWORD: Final[str | None] = "ProstateMRIAssessmentOfExtraprostaticAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1405"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MaleExternalUrethralSphincter: Final[Code] = Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004)."""

NeurovascularBundleOfProstate: Final[Code] = Code(
    "RADLEX", "RID43492", "Neurovascular bundle of prostate", (6348,)
)
"""Neurovascular bundle of prostate (RADLEX RID43492)."""

SeminalVesicle: Final[Code] = Code("SCT", "64739004", "Seminal vesicle", (6204, 6300, 6348, 7160))
"""Seminal vesicle (SCT 64739004)."""

LymphNode: Final[Code] = Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

Rectum: Final[Code] = Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MaleExternalUrethralSphincter,
    NeurovascularBundleOfProstate,
    SeminalVesicle,
    LymphNode,
    Rectum,
)
"""The resolved membership: own members, then those of the included groups, in order."""
