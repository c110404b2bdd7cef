"""CID 6332 PI-RADS® v2 DCE Lesion Assessment Category.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1389.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PIRADSDCEVe_RID50320: _Final[_groups.Cid6332Code]
PIRADSDCEVe_RID50321: _Final[_groups.Cid6332Code]
PIRADSXDCEInadequateOrAbsent: _Final[_groups.Cid6332Code]
MEMBERS: _Final[tuple[_groups.Cid6332Code, ...]]
