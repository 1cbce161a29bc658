window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)}
