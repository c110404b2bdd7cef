"""CID 66 Imaging Agent Administration Medication.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1256.

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
Propofol: _Final[_groups.Cid66Code]
Midazolam: _Final[_groups.Cid66Code]
Sufentanil: _Final[_groups.Cid66Code]
Remifentanil: _Final[_groups.Cid66Code]
Alfentanil: _Final[_groups.Cid66Code]
MEMBERS: _Final[tuple[_groups.Cid66Code, ...]]
