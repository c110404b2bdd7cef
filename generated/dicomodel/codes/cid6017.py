"""CID 6017 Composite Feature from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.347.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6017
NAME: Final[str] = "Composite Feature from BI-RADS®"
KEYWORD: Final[str | None] = "CompositeFeatureFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.347"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MammographicBreastMass: Final[Code] = Code("SCT", "129788004", "Mammographic breast mass", (6017,))
"""Mammographic breast mass (SCT 129788004)."""

FocalAsymmetricBreastTissue: Final[Code] = Code(
    "SCT", "129789007", "Focal asymmetric breast tissue", (6017,)
)
"""Focal asymmetric breast tissue (SCT 129789007)."""

AsymmetricBreastTissue: Final[Code] = Code("SCT", "129790003", "Asymmetric breast tissue", (6017,))
"""Asymmetric breast tissue (SCT 129790003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MammographicBreastMass,
    FocalAsymmetricBreastTissue,
    AsymmetricBreastTissue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
