"""CID 102 LOINC-RSNA Radiology Imaging Procedure.

Non-extensible, UID 1.3.6.1.4.1.12009.10.2.5.1.
Comprises the coding scheme LN as a whole.

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
MEMBERS: _Final[tuple[_groups.Cid102Code, ...]]
