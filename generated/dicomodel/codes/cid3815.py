"""CID 3815 Source of Vascular Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.274.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3815
NAME: Final[str] = "Source of Vascular Finding"
KEYWORD: Final[str | None] = "SourceOfVascularFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.274"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Thrombosis: Final[Code] = Code("SCT", "118927008", "thrombosis", (3815,))
"""thrombosis (SCT 118927008)."""

Embolism: Final[Code] = Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

Hyperplasia: Final[Code] = Code("SCT", "76197007", "hyperplasia", (3802, 3815, 6031))
"""hyperplasia (SCT 76197007)."""

Vasculitis: Final[Code] = Code("SCT", "31996006", "vasculitis", (3805, 3815))
"""vasculitis (SCT 31996006)."""

Tumor: Final[Code] = Code("SCT", "108369006", "tumor", (644, 3815, 7159))
"""tumor (SCT 108369006)."""

Trauma: Final[Code] = Code("SCT", "417746004", "trauma", (3809, 3815))
"""trauma (SCT 417746004)."""

Surgical: Final[Code] = Code("SCT", "83578000", "surgical", (3815,))
"""surgical (SCT 83578000)."""

AfterProcedure: Final[Code] = Code("SCT", "303110006", "after procedure", (3815, 12102))
"""after procedure (SCT 303110006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Thrombosis,
    Embolism,
    Hyperplasia,
    Vasculitis,
    Tumor,
    Trauma,
    Surgical,
    AfterProcedure,
)
"""The resolved membership: own members, then those of the included groups, in order."""
