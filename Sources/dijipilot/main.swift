print("dijipilot")
