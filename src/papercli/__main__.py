from papercli.launcher import main

main()
