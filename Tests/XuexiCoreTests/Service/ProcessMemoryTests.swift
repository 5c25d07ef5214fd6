import Testing

@testable import XuexiCore

/// The allocator's totals that the soak prints beside resident memory, to tell live objects
/// (in use) from pages the allocator kept after they were freed.
@Suite struct ProcessMemoryTests {
    @Test func totalsAreReadFromTheEndOfMallocInfo() throws {
        let xml = """
            <malloc version="1">
            <heap nr="0">
            <total type="rest" count="3" size="999"/>
            <system type="current" size="5000"/>
            </heap>
            <total type="fast" count="2" size="100"/>
            <total type="rest" count="4" size="1900"/>
            <total type="mmap" count="1" size="4096"/>
            <system type="current" size="10000"/>
            <system type="max" size="12000"/>
            <aspace type="total" size="10000"/>
            </malloc>
            """
        let heap = try #require(ProcessMemory.parse(xml))
        #expect(heap.system == 14096)
        #expect(heap.free == 2000)
        #expect(heap.inUse == 12096)
        #expect(ProcessMemory.parse("<malloc></malloc>") == nil)
    }

    @Test func theRunningProcessHasAHeap() throws {
        let heap = try #require(ProcessMemory.heap())
        #expect(heap.inUse > 0 && heap.free >= 0)
        _ = ProcessMemory.returnFreePages()
    }
}
