"""CID 3815 Source of Vascular Finding.

Extensible, version 20160314, UID 1.2.840.10008.6.1.274.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3815
NAME: _Final[str] = "Source of Vascular Finding"
KEYWORD: _Final[str | None] = "SourceOfVascularFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.274"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Thrombosis: _Final[_Code] = _Code("SCT", "118927008", "thrombosis", (3815,))
"""thrombosis (SCT 118927008)."""

Embolism: _Final[_Code] = _Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

Hyperplasia: _Final[_Code] = _Code("SCT", "76197007", "hyperplasia", (3802, 3815, 6031))
"""hyperplasia (SCT 76197007)."""

Vasculitis: _Final[_Code] = _Code("SCT", "31996006", "vasculitis", (3805, 3815))
"""vasculitis (SCT 31996006)."""

Tumor: _Final[_Code] = _Code("SCT", "108369006", "tumor", (644, 3815, 7159))
"""tumor (SCT 108369006)."""

Trauma: _Final[_Code] = _Code("SCT", "417746004", "trauma", (3809, 3815))
"""trauma (SCT 417746004)."""

Surgical: _Final[_Code] = _Code("SCT", "83578000", "surgical", (3815,))
"""surgical (SCT 83578000)."""

AfterProcedure: _Final[_Code] = _Code("SCT", "303110006", "after procedure", (3815, 12102))
"""after procedure (SCT 303110006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
