"""The import graph has no cycle, counting imports inside functions too (issue 10): a module
never needs, however indirectly, a module that needs it."""

from __future__ import annotations

import grimp


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            module, children = work[-1]
            child = next((c for c in children if c.startswith("osc_desktop")), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_no_module_imports_itself_round_a_loop():
    assert _cycles(grimp.build_graph("osc_desktop")) == []


def test_the_check_finds_a_loop():
    graph = grimp.ImportGraph()
    for name in ("osc_desktop.a", "osc_desktop.b", "osc_desktop.c"):
        graph.add_module(name)
    graph.add_import(importer="osc_desktop.a", imported="osc_desktop.b")
    graph.add_import(importer="osc_desktop.b", imported="osc_desktop.c")
    graph.add_import(importer="osc_desktop.c", imported="osc_desktop.a")
    assert _cycles(graph) == [["osc_desktop.a", "osc_desktop.b", "osc_desktop.c"]]
