/// The default theme compiled in, so a missing or broken Themes directory never leaves the
/// app without colours. Kept identical to Themes/party-red.theme by a test.
enum EmbeddedThemes {
    static let partyRed = #"""
        # Party red: the default theme. A red header and footer with gold accents; the body keeps
        # the terminal's own background, so it reads on dark and light terminals alike.
        # Red means "up" in Chinese convention, so a rise in rank is red and a fall is green.
        name = Party Red

        text               = default on default
        text.dim           = #8a8a8a
        text.accent        = #d7a000 bold
        header             = #ffd700 on #c8102e bold
        footer             = #ffffff on #8b0000
        footer.key         = #ffd700 on #8b0000 bold
        border             = #af5f5f
        border.focus       = #e0301e bold
        title              = #e0301e bold
        selection          = #ffffff on #c8102e bold
        selection.inactive = #ffffff on #875f5f
        table.header       = #e0301e bold underline

        bar.good           = #5faf00
        bar.warn           = #ffaf00
        bar.bad            = #d70000
        bar.empty          = #6c6c6c
        bar.track          = #626262

        alert.critical     = #ffffff on #d70000 bold
        alert.warning      = #ffaf00 bold
        alert.info         = #5fafd7

        sparkline          = #ff5f5f
        sparkline.below    = #ffaf00
        chart              = #ff5f5f
        chart.secondary    = #d7a000
        chart.axis         = #8a8a8a
        heatmap.0          = #6c6c6c
        heatmap.1          = #ffaf87
        heatmap.2          = #ff8700
        heatmap.3          = #e0301e
        heatmap.4          = #c8102e bold

        tab.active         = #ffd700 on #c8102e bold
        tab.inactive       = #8a8a8a
        rank.up            = #e0301e bold
        rank.down          = #5faf00
        search.match       = #000000 on #ffd700
        tree.guide         = #8a8a8a

        modal              = default on default
        modal.border       = #c8102e bold
        modal.title        = #ffd700 on #c8102e bold
        input              = underline
        input.cursor       = reverse
        button             = #8a8a8a
        button.active      = #ffffff on #c8102e bold
        toast              = #000000 on #ffd700
        toast.error        = #ffffff on #d70000 bold
        """#
}
