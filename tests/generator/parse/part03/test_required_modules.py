"""An IOD that names a module whose table is not in PS3.3 stops the build, naming the file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.errors import ParseError
from generator.parse.required import check_module_tables
from tests.generator.parse.part03.conftest import Parsed


def test_every_module_an_iod_names_is_there(ps33_2016c: Parsed) -> None:
    check_module_tables(ps33_2016c.document, ps33_2016c.part.iods)


def test_a_module_table_that_is_missing(ps33_2016c: Parsed) -> None:
    document = ps33_2016c.document
    ct = next(iod for iod in ps33_2016c.part.iods if iod.table == "table_A.3-1")
    use = next(use for use in ct.modules if use.name == "CT Image")
    assert use.module_table is not None
    tables = {key: table for key, table in document.tables.items() if key != use.module_table}
    damaged = replace(document, tables=tables)
    with pytest.raises(ParseError) as caught:
        check_module_tables(damaged, [ct])
    assert str(caught.value) == (
        f"{document.source}: PS3.3 2016c table_A.3-1 (CT Image IOD) names the CT Image "
        f"Module, whose table is not there (linked as {use.reference}); the file is damaged "
        "or missing"
    )
